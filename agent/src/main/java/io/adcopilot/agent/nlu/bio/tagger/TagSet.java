package io.adcopilot.agent.nlu.bio.tagger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags a tagger knows, numbered in order of first appearance in the training data, with the transitions
 * between them that form well-made spans. A tag is {@code PREFIX-TYPE}; in BIO an {@code I-x} follows only a
 * {@code B-x} or {@code I-x}; in BIOES (some tag starts with {@code E-} or {@code S-}) a {@code B-x} or {@code I-x}
 * is also always followed by an {@code I-x} or {@code E-x}. Tags of any other form are unconstrained.
 */
final class TagSet {

    private final List<String> tags;
    private final Map<String, Integer> ids = new HashMap<>();
    private final boolean[] allowedAfterStart;
    private final boolean[] allowedBeforeEnd;
    private final boolean[][] allowed;
    private final int[][] predecessors;

    TagSet(List<String> tags) {
        this.tags = List.copyOf(tags);
        for (int i = 0; i < tags.size(); i++) ids.put(tags.get(i), i);
        boolean bioes = tags.stream().anyMatch(tag -> prefix(tag).equals("E") || prefix(tag).equals("S"));
        int n = tags.size();
        allowedAfterStart = new boolean[n];
        allowedBeforeEnd = new boolean[n];
        allowed = new boolean[n][n];
        for (int current = 0; current < n; current++) {
            allowedAfterStart[current] = !continuesSpan(tags.get(current));
            allowedBeforeEnd[current] = !(bioes && opensUnfinishedSpan(tags.get(current)));
            for (int previous = 0; previous < n; previous++) {
                allowed[previous][current] = mayFollow(tags.get(previous), tags.get(current), bioes);
            }
        }
        predecessors = new int[n][];
        for (int current = 0; current < n; current++) {
            int c = current;
            predecessors[current] = java.util.stream.IntStream.range(0, n).filter(p -> allowed[p][c]).toArray();
        }
    }

    int size() {
        return tags.size();
    }

    String tag(int id) {
        return tags.get(id);
    }

    /** The id of a tag, or -1 for a tag not seen in training. */
    int id(String tag) {
        return ids.getOrDefault(tag, -1);
    }

    boolean allowedAfterStart(int tag) {
        return allowedAfterStart[tag];
    }

    boolean allowedBeforeEnd(int tag) {
        return allowedBeforeEnd[tag];
    }

    boolean allowed(int previous, int current) {
        return allowed[previous][current];
    }

    /** The tags allowed before {@code current}, in id order. */
    int[] predecessors(int current) {
        return predecessors[current];
    }

    private static boolean mayFollow(String previous, String current, boolean bioes) {
        if (continuesSpan(current)) {
            return opensUnfinishedSpan(previous) && type(previous).equals(type(current));
        }
        return !(bioes && opensUnfinishedSpan(previous));
    }

    private static boolean continuesSpan(String tag) {
        String prefix = prefix(tag);
        return hasType(tag) && (prefix.equals("I") || prefix.equals("E"));
    }

    private static boolean opensUnfinishedSpan(String tag) {
        String prefix = prefix(tag);
        return hasType(tag) && (prefix.equals("B") || prefix.equals("I"));
    }

    private static boolean hasType(String tag) {
        return tag.indexOf('-') > 0;
    }

    private static String prefix(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    private static String type(String tag) {
        return tag.substring(tag.indexOf('-') + 1);
    }
}
