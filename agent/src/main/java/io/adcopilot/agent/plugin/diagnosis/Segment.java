package io.adcopilot.agent.plugin.diagnosis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A slice of the traffic: one facet (region 广东), or several (广东 · android) after a drill-down. Facets are kept in
 * {@link Dimensions#ORDER}, so the same slice always reads the same way.
 */
public record Segment(List<Facet> facets) {

    public Segment {
        if (facets.isEmpty()) throw new IllegalArgumentException("a segment needs at least one facet");
        facets = facets.stream().sorted(Comparator.comparingInt(f -> Dimensions.rank(f.dimension()))).toList();
    }

    public static Segment of(Facet... facets) {
        return new Segment(List.of(facets));
    }

    public Optional<Facet> facet(String dimension) {
        return facets.stream().filter(f -> f.dimension().equals(dimension)).findFirst();
    }

    /** The value this segment has in {@code dimension}, if it is cut by it. */
    public Optional<String> value(String dimension) {
        return facet(dimension).map(Facet::value);
    }

    /** Whether every facet of this segment is also a facet of {@code other} (广东 covers 广东 · android). */
    public boolean covers(Segment other) {
        return other.facets.containsAll(facets);
    }

    /** A stable sort key: dimension ranks and values. */
    String sortKey() {
        StringBuilder key = new StringBuilder();
        for (Facet f : facets) key.append(Dimensions.rank(f.dimension())).append('=').append(f.value()).append('|');
        return key.toString();
    }
}
