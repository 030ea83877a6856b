package io.adcopilot.agent.nlu.bio;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers feature names in order of first appearance; names never seen while growing are dropped on lookup. */
public final class FeatureIndex {

    private final Map<String, Integer> ids = new HashMap<>();

    public int size() {
        return ids.size();
    }

    /** The ids of the features, numbering the new ones. */
    public int[] grow(List<String> features) {
        int[] result = new int[features.size()];
        for (int k = 0; k < result.length; k++) result[k] = ids.computeIfAbsent(features.get(k), n -> ids.size());
        return result;
    }

    /**
     * Drops the features {@code keep} rejects and renumbers the rest in their old order; returns the new id of each
     * old id, or -1 for a dropped one.
     */
    public int[] retain(java.util.function.IntPredicate keep) {
        String[] names = new String[ids.size()];
        ids.forEach((name, id) -> names[id] = name);
        int[] renumbered = new int[names.length];
        ids.clear();
        for (int id = 0; id < names.length; id++) {
            if (keep.test(id)) {
                renumbered[id] = ids.size();
                ids.put(names[id], ids.size());
            } else {
                renumbered[id] = -1;
            }
        }
        return renumbered;
    }

    /** The ids of the known features. */
    public int[] lookup(List<String> features) {
        int[] known = new int[features.size()];
        int count = 0;
        for (String name : features) {
            Integer id = ids.get(name);
            if (id != null) known[count++] = id;
        }
        return count == known.length ? known : Arrays.copyOf(known, count);
    }
}
