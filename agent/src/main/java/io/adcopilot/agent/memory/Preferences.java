package io.adcopilot.agent.memory;

import java.util.List;

/**
 * What the advertiser's memories say for the current request: default metrics and breakdowns (from their latest
 * preference that sets them), and the memories most related to what they just said.
 */
public record Preferences(List<String> metrics, List<String> dimensions, List<Memory> relevant) {

    public static final Preferences NONE = new Preferences(List.of(), List.of(), List.of());

    public Preferences {
        metrics = List.copyOf(metrics);
        dimensions = List.copyOf(dimensions);
        relevant = List.copyOf(relevant);
    }
}
