package io.adcopilot.eval.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.node.ObjectNode;

/** Where dataset versions and their items are kept. The embedded default is {@link DuckDbDatasetRepository}. */
public interface DatasetRepository {

    /**
     * Stores a new version of {@code name} holding {@code items} in order, numbered one after the latest (1 for a
     * new name), all or nothing. With {@code basedOn} present, refuses with {@link ConcurrentVersionException}
     * unless that is still the latest version (0: the dataset does not exist yet).
     */
    DatasetVersion append(String name, OptionalInt basedOn, String hash, String source, Instant createdAt,
                          List<ObjectNode> items);

    /** The latest version of every dataset, by name. */
    List<DatasetVersion> latest();

    /** The versions of one dataset, oldest first; empty when there is no such dataset. */
    List<DatasetVersion> versions(String name);

    Optional<DatasetVersion> version(String name, int version);

    /** The items of one version, in order; empty when there is no such version. */
    List<ObjectNode> items(String name, int version);

    /** Another writer made a version first. */
    final class ConcurrentVersionException extends IllegalStateException {
        public ConcurrentVersionException(String message) {
            super(message);
        }
    }
}
