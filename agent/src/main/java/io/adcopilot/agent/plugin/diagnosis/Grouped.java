package io.adcopilot.agent.plugin.diagnosis;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A grouped report of one period read as base sums: the totals, the sums per segment, and whether rows were cut. */
record Grouped(BaseSums totals, Map<Segment, BaseSums> segments, boolean truncated) {

    Grouped {
        segments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(segments));
    }

    /** The sums per segment re-grouped by some of the dimensions, over the segments that {@code keep} accepts. */
    Map<Segment, BaseSums> regroup(List<String> dimensions, Predicate<Segment> keep) {
        Map<String, Segment> byKey = new TreeMap<>();
        Map<String, BaseSums> sums = new TreeMap<>();
        segments.forEach((segment, s) -> {
            if (!keep.test(segment)) return;
            Segment coarse = new Segment(dimensions.stream().map(d -> segment.facet(d).orElseThrow()).toList());
            byKey.putIfAbsent(coarse.sortKey(), coarse);
            sums.merge(coarse.sortKey(), s, BaseSums::plus);
        });
        return byKey.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, e -> sums.get(e.getKey()),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
