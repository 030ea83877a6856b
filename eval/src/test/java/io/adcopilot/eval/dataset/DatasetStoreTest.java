package io.adcopilot.eval.dataset;

import static io.adcopilot.eval.dataset.DatasetJsonlTest.GOOD_1;
import static io.adcopilot.eval.dataset.DatasetJsonlTest.GOOD_2;
import static io.adcopilot.eval.dataset.DatasetJsonlTest.GOOD_3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.core.db.Database;
import io.adcopilot.core.json.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Named, versioned datasets in a DuckDB file: import, versions, export, adding an item, reopening. */
class DatasetStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void importsVersionsExportsAndAddsItems(@TempDir Path dir) {
        Path file = dir.resolve("copilot.duckdb");
        String v1Text = GOOD_1 + "\n" + GOOD_2 + "\n";
        try (Database db = Database.open(file)) {
            var store = new DatasetStore(new DuckDbDatasetRepository(db), CLOCK);
            DatasetVersion v1 = store.importJsonl("dev", v1Text, "dev.jsonl");
            assertThat(v1).isEqualTo(new DatasetVersion("dev", 1, DatasetJsonl.hash(DatasetJsonl.parse(v1Text, "x")), 2,
                    CLOCK.instant(), "dev.jsonl"));
            DatasetVersion v2 = store.importJsonl("dev", v1Text, "dev.jsonl");
            assertThat(v2.version()).isEqualTo(2);
            assertThat(v2.hash()).isEqualTo(v1.hash());
            DatasetVersion v3 = store.importJsonl("dev", GOOD_1 + "\n" + GOOD_3 + "\n" + GOOD_2, "dev2.jsonl");
            assertThat(v3.version()).isEqualTo(3);
            assertThat(v3.items()).isEqualTo(3);
            assertThat(v3.hash()).isNotEqualTo(v1.hash());
            store.importJsonl("other", GOOD_3, "o.jsonl");

            DatasetItem annotated = DatasetItem.fromJson(Json.MAPPER.readTree(GOOD_1.replace("d-1", "trace-7")
                    .replace("昨天花了多少", "昨天消耗")));
            DatasetVersion v4 = store.addItem("dev", annotated, "trace trace-7");
            assertThat(v4.version()).isEqualTo(4);
            assertThat(v4.items()).isEqualTo(4);
            assertThat(v4.source()).isEqualTo("trace trace-7");
            assertThatThrownBy(() -> store.addItem("dev", annotated, "again"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has an item trace-7");
            DatasetVersion fresh = store.addItem("annotations", annotated, "trace trace-7");
            assertThat(fresh.version()).isEqualTo(1);
        }
        try (Database db = Database.open(file)) {
            var store = new DatasetStore(new DuckDbDatasetRepository(db), CLOCK);
            assertThat(store.list()).extracting(v -> v.name() + " v" + v.version())
                    .containsExactly("annotations v1", "dev v4", "other v1");
            assertThat(store.versions("dev")).extracting(DatasetVersion::version).containsExactly(1, 2, 3, 4);
            assertThat(store.versions("none")).isEmpty();
            assertThat(store.latest("none")).isEmpty();

            DatasetVersion v1 = store.version("dev", 1).orElseThrow();
            assertThat(store.exportJsonl(v1)).isEqualTo(v1Text);
            DatasetVersion v4 = store.latest("dev").orElseThrow();
            List<DatasetItem> items = store.items(v4);
            assertThat(items).extracting(DatasetItem::id).containsExactly("d-1", "d-3", "d-2", "trace-7");
            assertThat(items.get(3).text()).isEqualTo("昨天消耗");
            assertThat(store.exportJsonl(v4)).startsWith(GOOD_1 + "\n" + GOOD_3 + "\n" + GOOD_2 + "\n");
            assertThat(DatasetJsonl.hash(DatasetJsonl.parse(store.exportJsonl(v4), "export"))).isEqualTo(v4.hash());
            assertThat(store.version("dev", 9)).isEmpty();
        }
    }

    @Test
    void refusesBadNamesAndBadItems() {
        try (Database db = Database.inMemory()) {
            var store = new DatasetStore(new DuckDbDatasetRepository(db), CLOCK);
            assertThatThrownBy(() -> store.importJsonl("../etc", GOOD_1, "x")).hasMessageContaining("a dataset name is");
            assertThatThrownBy(() -> store.importJsonl("", GOOD_1, "x")).hasMessageContaining("a dataset name is");
            assertThatThrownBy(() -> store.importJsonl("dev", "{\"id\": 1}", "upload"))
                    .isInstanceOf(InvalidDatasetException.class).hasMessageContaining("upload is not a valid dataset")
                    .hasMessageContaining("line 1, id");
            DatasetItem unlabelled = DatasetItem.fromJson(Json.MAPPER.readTree(GOOD_1.replace(",\"intent\":\"query_metrics\"", "")));
            assertThatThrownBy(() -> store.addItem("dev", unlabelled, "trace"))
                    .isInstanceOf(InvalidDatasetException.class).hasMessageContaining("intent: is required");
            assertThat(store.list()).isEmpty();
        }
    }

    @Test
    void aVersionBasedOnAnOlderOneIsRefused() {
        try (Database db = Database.inMemory()) {
            var repository = new DuckDbDatasetRepository(db);
            var items = DatasetJsonl.parse(GOOD_1, "x");
            repository.append("dev", OptionalInt.of(0), "h1", "a", CLOCK.instant(), items);
            repository.append("dev", OptionalInt.of(1), "h2", "b", CLOCK.instant(), items);
            assertThatThrownBy(() -> repository.append("dev", OptionalInt.of(1), "h3", "c", CLOCK.instant(), items))
                    .isInstanceOf(DatasetRepository.ConcurrentVersionException.class)
                    .hasMessageContaining("is at version 2, not 1");
            assertThat(repository.versions("dev")).hasSize(2);
            assertThat(repository.items("dev", 2)).hasSize(1);
        }
    }
}
