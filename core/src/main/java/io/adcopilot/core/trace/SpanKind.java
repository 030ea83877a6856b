package io.adcopilot.core.trace;

/** What a span measures: a whole turn, or one stage of it. */
public enum SpanKind {
    TURN, NLU, DIALOGUE, PLAN, PLUGIN, TOOL, LLM, RETRIEVAL, ANSWER, INTERNAL;

    public String key() {
        return name().toLowerCase();
    }
}
