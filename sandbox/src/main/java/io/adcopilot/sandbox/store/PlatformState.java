package io.adcopilot.sandbox.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Small named values the platform keeps about itself (generator seed, how far reports are generated). */
public final class PlatformState {

    private final PlatformDb db;

    public PlatformState(PlatformDb db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.withConnection(c -> EntityStore.one(c, "SELECT value FROM platform_state WHERE key = ?",
                rs -> rs.getString(1), key));
    }

    public void put(String key, String value) {
        db.withConnection(c -> {
            put(c, key, value);
            return null;
        });
    }

    public static void put(Connection c, String key, String value) throws SQLException {
        try (var ps = c.prepareStatement("INSERT OR REPLACE INTO platform_state VALUES (?, ?)")) {
            EntityStore.bind(ps, key, value);
            ps.executeUpdate();
        }
    }
}
