package io.adcopilot.sandbox.catalog;

import io.adcopilot.sandbox.history.Change;
import java.time.LocalDate;
import java.util.List;

/**
 * What a platform starts from: its entities as they are now, the history of how they got there, the first day of
 * report data, and the seed of the report generator.
 */
public record PlatformSeed(Catalog catalog, List<Change> history, LocalDate startDate, long seed) {

    public PlatformSeed {
        history = List.copyOf(history);
    }

    public PlatformSeed plus(PlatformSeed other) {
        var all = new java.util.ArrayList<>(history);
        all.addAll(other.history);
        return new PlatformSeed(catalog.plus(other.catalog), all, startDate, seed);
    }
}
