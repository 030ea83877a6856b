package io.adcopilot.agent.plugin;

import io.adcopilot.agent.turn.Answer;
import io.adcopilot.agent.turn.Clarification;
import io.adcopilot.agent.turn.PendingWrite;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** How a plugin handled one step of a turn. */
public sealed interface StepOutcome {

    Answer answer();

    /** The tool results and the values derived from them that the answer's numbers come from. */
    default List<JsonNode> evidence() {
        return List.of();
    }

    /**
     * Answered, with the tool results the answer's numbers come from and the ranked entities it found (for later
     * steps that refer to "the worst one").
     */
    record Answered(Answer answer, List<JsonNode> evidence, List<RankedEntity> ranked) implements StepOutcome {
        public Answered {
            evidence = List.copyOf(evidence);
            ranked = List.copyOf(ranked);
        }
    }

    /** A change previewed; nothing is applied until the user confirms. */
    record AwaitingConfirmation(Answer answer, PendingWrite write, List<JsonNode> evidence) implements StepOutcome {}

    /** The plugin needs the user to choose or say something first. */
    record AwaitingClarification(Answer answer, Clarification clarification) implements StepOutcome {}

    /** It could not be done; the answer says so honestly. */
    record Failed(Answer answer, String code) implements StepOutcome {}

    /** An entity in a ranking a step produced: best first by the step's own measure. */
    record RankedEntity(String id, String name, String kind, double value, String metric) {}
}
