package io.adcopilot.eval.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.adcopilot.core.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Experiments kept in a DuckDB file, read back after the file is closed and opened again. */
class DuckDbExperimentStoreTest {

    private static Experiment run(String name, String at, boolean metered) {
        var runner = new ExperimentRunner(Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
        var options = ExperimentRunner.Options.named(name).withThreads(1);
        if (metered) {
            var engine = new ExperimentRunnerTest.MeteredEngine();
            return runner.run(DatasetRef.of("fixture", 2, "abc"), ExperimentRunnerTest.ITEMS, engine, Fixtures.PRINCIPALS,
                    options.withUsage(engine.meter, Optional.of(new Pricing(1.5, 6, "CNY"))));
        }
        return runner.run(DatasetRef.file("fixture", "abc"), ExperimentRunnerTest.ITEMS, ExperimentRunnerTest.ENGINE,
                Fixtures.PRINCIPALS, options);
    }

    @Test
    void savesListsAndReadsBackWithEveryItem(@TempDir Path dir) {
        Path file = dir.resolve("copilot.duckdb");
        Experiment scripted = run("scripted", "2026-11-20T02:00:00Z", false);
        Experiment metered = run("metered", "2026-11-21T02:00:00Z", true);
        try (Database db = Database.open(file)) {
            var store = new DuckDbExperimentStore(db);
            store.save(scripted);
            store.save(metered);
            assertThatThrownBy(() -> store.save(scripted)).isInstanceOf(RuntimeException.class);
        }
        try (Database db = Database.open(file)) {
            var store = new DuckDbExperimentStore(db);
            var list = store.list();
            assertThat(list).extracting(ExperimentSummary::name).containsExactly("metered", "scripted");
            ExperimentSummary s = list.get(1);
            assertThat(s.id()).isEqualTo(scripted.id());
            assertThat(s.items()).isEqualTo(7);
            assertThat(s.dataset()).isEqualTo(DatasetRef.file("fixture", "abc"));
            assertThat(s.createdAt()).isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
            assertThat(s.metrics()).containsAllEntriesOf(scripted.metrics());
            assertThat(list.get(0).metrics()).containsKeys("total_tokens", "cost");

            Experiment read = store.get(scripted.id()).orElseThrow();
            assertThat(read.scores()).isEqualTo(scripted.scores());
            assertThat(read.items()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("goldSlots", "prediction")
                    .isEqualTo(scripted.items());
            assertThat(read.predictions()).extracting(p -> p.toJson().toString())
                    .isEqualTo(scripted.predictions().stream().map(p -> p.toJson().toString()).toList());
            assertThat(read.latency()).isEqualTo(scripted.latency());
            assertThat(read.wallSeconds()).isEqualTo(scripted.wallSeconds());

            Experiment readMetered = store.get(metered.id()).orElseThrow();
            assertThat(readMetered.dataset()).isEqualTo(DatasetRef.of("fixture", 2, "abc"));
            assertThat(readMetered.usage()).isEqualTo(metered.usage());
            assertThat(readMetered.items()).extracting(ItemResult::usage)
                    .isEqualTo(metered.items().stream().map(ItemResult::usage).toList());
            assertThat(readMetered.cost()).isEqualTo(metered.cost());
            assertThat(readMetered.pricing()).isEqualTo(metered.pricing());

            assertThat(store.get("exp_none")).isEmpty();
        }
    }
}
