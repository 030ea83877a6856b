package io.adcopilot.eval.experiment;

import java.util.Optional;

/**
 * Which dataset an experiment ran on: its name, its version when it came from the dataset store (a file has
 * none), and the hash of its items ({@code DatasetJsonl.hash}), which identifies the content either way.
 */
public record DatasetRef(String name, Optional<Integer> version, String hash) {

    public static DatasetRef of(String name, int version, String hash) {
        return new DatasetRef(name, Optional.of(version), hash);
    }

    public static DatasetRef file(String name, String hash) {
        return new DatasetRef(name, Optional.empty(), hash);
    }

    @Override
    public String toString() {
        return name + version.map(v -> " v" + v).orElse("");
    }
}
