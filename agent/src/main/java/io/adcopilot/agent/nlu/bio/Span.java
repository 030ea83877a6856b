package io.adcopilot.agent.nlu.bio;

/** A labelled chunk of an utterance: tokens [start, end) of one slot type. */
public record Span(int start, int end, String type) {
}
