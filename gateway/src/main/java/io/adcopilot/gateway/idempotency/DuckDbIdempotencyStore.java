package io.adcopilot.gateway.idempotency;

import io.adcopilot.core.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Idempotency keys in the copilot's embedded database; the primary key lets only one caller reserve a key. */
public final class DuckDbIdempotencyStore implements IdempotencyStore {

    private final Database db;

    public DuckDbIdempotencyStore(Database db) {
        this.db = db;
        db.ensure(List.of("""
                CREATE TABLE IF NOT EXISTS idempotency_keys (advertiser_id VARCHAR NOT NULL, key VARCHAR NOT NULL,
                  tool VARCHAR NOT NULL, arguments_digest VARCHAR NOT NULL, result VARCHAR,
                  created_at TIMESTAMPTZ DEFAULT current_timestamp, PRIMARY KEY (advertiser_id, key))"""));
    }

    @Override
    public Optional<Applied> find(String advertiserId, String key) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT tool, arguments_digest, result FROM idempotency_keys WHERE advertiser_id = ? AND key = ?")) {
                ps.setString(1, advertiserId);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Applied(rs.getString(1), rs.getString(2),
                            Optional.ofNullable(rs.getString(3)))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean reserve(String advertiserId, String key, String tool, String argumentsDigest) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_keys (advertiser_id, key, tool, "
                    + "arguments_digest) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, advertiserId);
                ps.setString(2, key);
                ps.setString(3, tool);
                ps.setString(4, argumentsDigest);
                return ps.executeUpdate() == 1;
            } catch (SQLException e) {
                if (String.valueOf(e.getMessage()).toLowerCase().contains("conflict")
                        || String.valueOf(e.getMessage()).contains("onstraint")) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public void complete(String advertiserId, String key, String resultJson) {
        update("UPDATE idempotency_keys SET result = ? WHERE advertiser_id = ? AND key = ?", resultJson, advertiserId, key);
    }

    @Override
    public void release(String advertiserId, String key) {
        update("DELETE FROM idempotency_keys WHERE advertiser_id = ? AND key = ? AND result IS NULL", advertiserId, key);
    }

    private void update(String sql, String... params) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) ps.setString(i + 1, params[i]);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
