package io.adcopilot.eval.dataset;

import io.adcopilot.agent.nlu.dataset.DatasetItem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * Named, versioned datasets of labelled utterances. Every import of a name makes a new version (the hash tells
 * whether two versions hold the same items); adding an item — for instance from an annotated trace — makes a new
 * version of the latest one with the item appended. Versions are never changed or removed.
 */
public final class DatasetStore {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final int ATTEMPTS = 5;

    private final DatasetRepository repository;
    private final Clock clock;

    public DatasetStore(DatasetRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Imports JSONL text as the next version of {@code name}; {@code source} names it (file name, upload). */
    public DatasetVersion importJsonl(String name, String jsonl, String source) {
        checkName(name);
        List<ObjectNode> items = DatasetJsonl.parse(jsonl, source);
        return repository.append(name, OptionalInt.empty(), DatasetJsonl.hash(items), source, clock.instant(), items);
    }

    /**
     * Appends one item to the latest version of {@code name} (creating the dataset if there is none), as a new
     * version. Refuses an item that is not valid or whose id the dataset already has.
     */
    public DatasetVersion addItem(String name, DatasetItem item, String source) {
        checkName(name);
        ObjectNode json = DatasetJsonl.check(item.toJson(), "item " + item.id());
        for (int attempt = 1; ; attempt++) {
            Optional<DatasetVersion> latest = latest(name);
            List<ObjectNode> items = new ArrayList<>(latest.map(v -> repository.items(name, v.version())).orElse(List.of()));
            if (items.stream().anyMatch(i -> i.path("id").asString().equals(item.id()))) {
                throw new IllegalArgumentException("dataset " + name + " already has an item " + item.id());
            }
            items.add(json);
            try {
                return repository.append(name, OptionalInt.of(latest.map(DatasetVersion::version).orElse(0)),
                        DatasetJsonl.hash(items), source, clock.instant(), items);
            } catch (DatasetRepository.ConcurrentVersionException e) {
                if (attempt == ATTEMPTS) throw e;
            }
        }
    }

    /** The latest version of every dataset. */
    public List<DatasetVersion> list() {
        return repository.latest();
    }

    public List<DatasetVersion> versions(String name) {
        return repository.versions(name);
    }

    public Optional<DatasetVersion> latest(String name) {
        List<DatasetVersion> all = repository.versions(name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public Optional<DatasetVersion> version(String name, int version) {
        return repository.version(name, version);
    }

    /** The items of a version as the engines read them. */
    public List<DatasetItem> items(DatasetVersion version) {
        return DatasetJsonl.items(repository.items(version.name(), version.version()));
    }

    /** A version as JSONL, one item a line as it was imported or added. */
    public String exportJsonl(DatasetVersion version) {
        return DatasetJsonl.write(repository.items(version.name(), version.version()));
    }

    static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a dataset name is 1–100 letters, digits, '.', '_' or '-', starting with "
                    + "a letter or digit (got " + (name == null ? "nothing" : "\"" + name + "\"") + ")");
        }
    }
}
