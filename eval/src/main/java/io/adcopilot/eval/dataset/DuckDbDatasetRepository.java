package io.adcopilot.eval.dataset;

import io.adcopilot.core.db.Database;
import io.adcopilot.core.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.node.ObjectNode;

/** Dataset versions in the copilot's DuckDB file: one row per version, one row per item of each version. */
public final class DuckDbDatasetRepository implements DatasetRepository {

    private static final String VERSION_COLUMNS = "name, version, hash, items, created_at, source";

    private final Database db;

    public DuckDbDatasetRepository(Database db) {
        this.db = db;
        db.ensure(List.of(
                """
                CREATE TABLE IF NOT EXISTS dataset_versions (name VARCHAR NOT NULL, version INTEGER NOT NULL,
                  hash VARCHAR NOT NULL, items INTEGER NOT NULL, created_at TIMESTAMPTZ NOT NULL, source VARCHAR,
                  PRIMARY KEY (name, version))""",
                """
                CREATE TABLE IF NOT EXISTS dataset_items (name VARCHAR NOT NULL, version INTEGER NOT NULL,
                  seq INTEGER NOT NULL, item_id VARCHAR NOT NULL, item VARCHAR NOT NULL,
                  PRIMARY KEY (name, version, seq))"""));
    }

    @Override
    public DatasetVersion append(String name, OptionalInt basedOn, String hash, String source, Instant createdAt,
                                 List<ObjectNode> items) {
        return db.inTransaction(c -> {
            int latest = latestNumber(c, name);
            if (basedOn.isPresent() && basedOn.getAsInt() != latest) {
                throw new ConcurrentVersionException("dataset " + name + " is at version " + latest + ", not "
                        + basedOn.getAsInt());
            }
            DatasetVersion v = new DatasetVersion(name, latest + 1, hash, items.size(), createdAt, source);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset_versions (" + VERSION_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, name);
                ps.setInt(2, v.version());
                ps.setString(3, hash);
                ps.setInt(4, items.size());
                ps.setObject(5, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
                ps.setString(6, source);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset_items VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < items.size(); i++) {
                    ps.setString(1, name);
                    ps.setInt(2, v.version());
                    ps.setInt(3, i);
                    ps.setString(4, items.get(i).path("id").asString());
                    ps.setString(5, Json.MAPPER.writeValueAsString(items.get(i)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return v;
        });
    }

    private static int latestNumber(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(version), 0) FROM dataset_versions WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Override
    public List<DatasetVersion> latest() {
        return query("SELECT " + VERSION_COLUMNS + " FROM dataset_versions v WHERE version = "
                + "(SELECT max(version) FROM dataset_versions w WHERE w.name = v.name) ORDER BY name");
    }

    @Override
    public List<DatasetVersion> versions(String name) {
        return query("SELECT " + VERSION_COLUMNS + " FROM dataset_versions WHERE name = ? ORDER BY version", name);
    }

    @Override
    public Optional<DatasetVersion> version(String name, int version) {
        return query("SELECT " + VERSION_COLUMNS + " FROM dataset_versions WHERE name = ? AND version = ?", name, version)
                .stream().findFirst();
    }

    @Override
    public List<ObjectNode> items(String name, int version) {
        return db.withConnection(c -> {
            List<ObjectNode> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT item FROM dataset_items WHERE name = ? AND version = ? ORDER BY seq")) {
                ps.setString(1, name);
                ps.setInt(2, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add((ObjectNode) Json.MAPPER.readTree(rs.getString(1)));
                }
            }
            return out;
        });
    }

    private List<DatasetVersion> query(String sql, Object... params) {
        return db.withConnection(c -> {
            List<DatasetVersion> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DatasetVersion(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
                                rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }
}
