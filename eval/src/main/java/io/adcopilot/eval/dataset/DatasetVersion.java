package io.adcopilot.eval.dataset;

import java.time.Instant;

/**
 * One version of a named dataset: versions count from 1, each a complete list of items; {@code hash} is the
 * SHA-256 of the items' canonical JSON in order (equal hashes, equal content), and {@code source} says where the
 * version came from (the imported file, or the item added).
 */
public record DatasetVersion(String name, int version, String hash, int items, Instant createdAt, String source) {}
