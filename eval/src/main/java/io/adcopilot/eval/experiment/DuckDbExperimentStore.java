package io.adcopilot.eval.experiment;

import io.adcopilot.core.db.Database;
import io.adcopilot.core.json.Json;
import io.adcopilot.eval.nlu.Prediction;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Experiments in the copilot's DuckDB file: one row per experiment (what ran and its headline metrics, for
 * lists), one row per item (gold label, prediction, latency, usage, error), from which an experiment is scored
 * again when read.
 */
public final class DuckDbExperimentStore implements ExperimentStore {

    private static final String HEADER = "id, name, dataset, dataset_version, dataset_hash, engine, created_at, "
            + "wall_seconds, threads, pricing, items, metrics";

    private final Database db;

    public DuckDbExperimentStore(Database db) {
        this.db = db;
        db.ensure(List.of(
                """
                CREATE TABLE IF NOT EXISTS experiments (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL,
                  dataset VARCHAR NOT NULL, dataset_version INTEGER, dataset_hash VARCHAR NOT NULL,
                  engine VARCHAR NOT NULL, created_at TIMESTAMPTZ NOT NULL, wall_seconds DOUBLE NOT NULL,
                  threads INTEGER NOT NULL, pricing VARCHAR, items INTEGER NOT NULL, metrics VARCHAR NOT NULL)""",
                """
                CREATE TABLE IF NOT EXISTS experiment_items (experiment_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
                  item_id VARCHAR NOT NULL, text VARCHAR NOT NULL, gold_intent VARCHAR NOT NULL,
                  gold_slots VARCHAR NOT NULL, predicted_intent VARCHAR, confidence DOUBLE NOT NULL,
                  predicted_slots VARCHAR NOT NULL, latency_ms DOUBLE NOT NULL, llm_calls BIGINT,
                  input_tokens BIGINT, output_tokens BIGINT, error VARCHAR,
                  PRIMARY KEY (experiment_id, seq))"""));
    }

    @Override
    public void save(Experiment e) {
        ExperimentSummary summary = ExperimentSummary.of(e);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO experiments (" + HEADER
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, e.id());
                ps.setString(2, e.name());
                ps.setString(3, e.dataset().name());
                if (e.dataset().version().isPresent()) ps.setInt(4, e.dataset().version().get());
                else ps.setNull(4, Types.INTEGER);
                ps.setString(5, e.dataset().hash());
                ps.setString(6, e.engine());
                ps.setObject(7, OffsetDateTime.ofInstant(e.createdAt(), ZoneOffset.UTC));
                ps.setDouble(8, e.wallSeconds());
                ps.setInt(9, e.threads());
                ps.setString(10, e.pricing().map(p -> Json.MAPPER.writeValueAsString(p)).orElse(null));
                ps.setInt(11, e.items().size());
                ps.setString(12, Json.MAPPER.writeValueAsString(summary.metrics()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO experiment_items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < e.items().size(); i++) {
                    ItemResult item = e.items().get(i);
                    ps.setString(1, e.id());
                    ps.setInt(2, i);
                    ps.setString(3, item.id());
                    ps.setString(4, item.text());
                    ps.setString(5, item.goldIntent());
                    ps.setString(6, Json.MAPPER.writeValueAsString(item.goldSlots()));
                    ps.setString(7, item.prediction().intent());
                    ps.setDouble(8, item.prediction().confidence());
                    ps.setString(9, Json.MAPPER.writeValueAsString(item.prediction().slots()));
                    ps.setDouble(10, item.latencyMs());
                    for (int k = 11; k <= 13; k++) ps.setNull(k, Types.BIGINT);
                    if (item.usage().isPresent()) {
                        ps.setLong(11, item.usage().get().calls());
                        ps.setLong(12, item.usage().get().inputTokens());
                        ps.setLong(13, item.usage().get().outputTokens());
                    }
                    ps.setString(14, item.error().orElse(null));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<ExperimentSummary> list() {
        return db.withConnection(c -> {
            List<ExperimentSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + HEADER + " FROM experiments ORDER BY created_at DESC, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Double> metrics = new LinkedHashMap<>();
                    Json.MAPPER.readTree(rs.getString(12)).properties()
                            .forEach(m -> metrics.put(m.getKey(), m.getValue().asDouble()));
                    out.add(new ExperimentSummary(rs.getString(1), rs.getString(2), dataset(rs), rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getInt(11), metrics));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Experiment> get(String id) {
        return db.withConnection(c -> {
            Header header;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + HEADER + " FROM experiments WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    Optional<Pricing> pricing = Optional.ofNullable(rs.getString(10))
                            .map(p -> Json.MAPPER.readValue(p, Pricing.class));
                    header = new Header(rs.getString(1), rs.getString(2), dataset(rs), rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getDouble(8), rs.getInt(9), pricing);
                }
            }
            List<ItemResult> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT item_id, text, gold_intent, gold_slots, predicted_intent, "
                    + "confidence, predicted_slots, latency_ms, llm_calls, input_tokens, output_tokens, error "
                    + "FROM experiment_items WHERE experiment_id = ? ORDER BY seq")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) items.add(item(rs));
                }
            }
            return Optional.of(Experiment.of(header.id(), header.name(), header.dataset(), header.engine(),
                    header.createdAt(), header.wallSeconds(), header.threads(), header.pricing(), items));
        });
    }

    /** An experiment's row, before its items are read. */
    private record Header(String id, String name, DatasetRef dataset, String engine, Instant createdAt,
                          double wallSeconds, int threads, Optional<Pricing> pricing) {}

    private static DatasetRef dataset(ResultSet rs) throws SQLException {
        int version = rs.getInt(4);
        Optional<Integer> known = rs.wasNull() ? Optional.empty() : Optional.of(version);
        return new DatasetRef(rs.getString(3), known, rs.getString(5));
    }

    private static ItemResult item(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        JsonNode goldSlots = Json.MAPPER.readTree(rs.getString(4));
        JsonNode predictedSlots = Json.MAPPER.readTree(rs.getString(7));
        Prediction prediction = new Prediction(id, rs.getString(5), predictedSlots, rs.getDouble(6));
        double latency = rs.getDouble(8);
        long calls = rs.getLong(9);
        Optional<Usage> usage = rs.wasNull() ? Optional.empty()
                : Optional.of(new Usage(calls, rs.getLong(10), rs.getLong(11)));
        return new ItemResult(id, rs.getString(2), rs.getString(3), goldSlots, prediction, latency, usage,
                Optional.ofNullable(rs.getString(12)));
    }
}
