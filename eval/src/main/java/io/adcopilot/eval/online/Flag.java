package io.adcopilot.eval.online;

/**
 * A label-free evaluator's finding on a turn: {@code low_confidence}, {@code clarification_loop},
 * {@code tool_error}, {@code rephrase} or {@code negative_feedback}, with a detail a reviewer can read.
 */
public record Flag(String evaluator, String detail) {

    public static final String LOW_CONFIDENCE = "low_confidence";
    public static final String CLARIFICATION_LOOP = "clarification_loop";
    public static final String TOOL_ERROR = "tool_error";
    public static final String REPHRASE = "rephrase";
    public static final String NEGATIVE_FEEDBACK = "negative_feedback";
}
