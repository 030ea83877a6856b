package io.adcopilot.agent.turn;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the copilot says: text, and where useful a table, a chart (an ECharts option) and the articles cited. */
public record Answer(String text, Table table, JsonNode chart, List<Citation> citations) {

    public Answer {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    public static Answer text(String text) {
        return new Answer(text, null, null, List.of());
    }

    /** A help article an answer relies on. */
    public record Citation(String id, String title) {}
}
