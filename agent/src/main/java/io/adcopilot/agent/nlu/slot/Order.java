package io.adcopilot.agent.nlu.slot;

/** How to rank report rows: by a metric, descending or ascending. The form of the {@code order} slot. */
public record Order(String metric, String direction) {

    public static Order descending(String metric) {
        return new Order(metric, "desc");
    }

    public static Order ascending(String metric) {
        return new Order(metric, "asc");
    }
}
