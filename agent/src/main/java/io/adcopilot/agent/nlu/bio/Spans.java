package io.adcopilot.agent.nlu.bio;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Extracts the spans of a tag sequence by the rules of the reference scorer ({@code conlleval.py}), for BIO and
 * BIOES alike. A tag is {@code PREFIX-TYPE}; {@code O} and {@code _} are outside. A span starts at a {@code B} or
 * {@code S}, at any prefix other than {@code I} or {@code E}, and wherever the type changes (so a stray
 * {@code I-x} opens a span); it ends before the next start or outside tag, and right after an {@code E} or
 * {@code S}.
 */
public final class Spans {

    private Spans() {
    }

    public static Set<Span> of(List<String> tags) {
        Set<Span> spans = new HashSet<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            if (tag.equals("O") || tag.equals("_")) {
                if (start >= 0) spans.add(new Span(start, i, type));
                start = -1;
                type = null;
                continue;
            }
            int dash = tag.indexOf('-');
            String prefix = dash < 0 ? tag : tag.substring(0, dash);
            String tagType = dash < 0 ? "" : tag.substring(dash + 1);
            boolean continues = prefix.equals("I") || prefix.equals("E");
            if (!continues || !tagType.equals(type)) {
                if (start >= 0) spans.add(new Span(start, i, type));
                start = i;
                type = tagType;
            }
            if (prefix.equals("E") || prefix.equals("S")) {
                spans.add(new Span(start, i + 1, type));
                start = -1;
                type = null;
            }
        }
        return spans;
    }
}
