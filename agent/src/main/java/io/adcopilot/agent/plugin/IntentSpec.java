package io.adcopilot.agent.plugin;

import io.adcopilot.agent.nlu.dataset.DatasetItem;
import java.util.List;
import java.util.Set;

/**
 * An intent a plugin serves: its name, what it means, the labelled examples the NLU engine learns it from, and the
 * slots it takes.
 */
public record IntentSpec(String name, String description, List<DatasetItem> examples, Set<String> slots) {

    public IntentSpec {
        examples = List.copyOf(examples);
        slots = Set.copyOf(slots);
    }
}
