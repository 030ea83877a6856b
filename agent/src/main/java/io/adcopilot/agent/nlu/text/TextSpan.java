package io.adcopilot.agent.nlu.text;

/** Characters [start, end) of an utterance. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }
}
