package io.adcopilot.agent.plugin.diagnosis;

/** One dimension's value (region 广东, campaign c-1001), with the entity's name where the platform gives one. */
public record Facet(String dimension, String value, String name) {

    public Facet {
        if (name == null || name.isBlank()) name = value;
    }

    public static Facet of(String dimension, String value) {
        return new Facet(dimension, value, value);
    }
}
