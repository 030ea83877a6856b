package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.turn.Language;
import tools.jackson.databind.node.ObjectNode;

/** A diagnosis as the user sees it: the explanation, a bar chart of the top drivers, and their table. */
public record DiagnosisAnswer(DiagnosisResult result, String text, ObjectNode chart, DriverTable table) {

    public static DiagnosisAnswer of(DiagnosisResult result, Language language) {
        return new DiagnosisAnswer(result, Explainer.explain(result, language), DriverChart.of(result, language),
                DriverTable.of(result, language));
    }
}
