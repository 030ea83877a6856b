package io.adcopilot.agent.memory;

import io.adcopilot.core.db.Database;
import io.adcopilot.core.json.Json;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Memories in the copilot's embedded database, embeddings as FLOAT arrays. */
public final class DuckDbMemoryStore implements MemoryStore {

    private final Database db;

    public DuckDbMemoryStore(Database db) {
        this.db = db;
        db.ensure(List.of("""
                CREATE TABLE IF NOT EXISTS memories (id VARCHAR PRIMARY KEY, advertiser_id VARCHAR NOT NULL,
                  kind VARCHAR NOT NULL, text VARCHAR NOT NULL, defaults VARCHAR NOT NULL, embedding FLOAT[] NOT NULL,
                  created_at TIMESTAMPTZ NOT NULL)"""));
    }

    @Override
    public void add(Memory m, float[] embedding) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO memories VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, m.id());
                ps.setString(2, m.advertiserId());
                ps.setString(3, m.kind());
                ps.setString(4, m.text());
                ps.setString(5, Json.MAPPER.writeValueAsString(m.defaults()));
                Float[] boxed = new Float[embedding.length];
                for (int i = 0; i < embedding.length; i++) boxed[i] = embedding[i];
                ps.setArray(6, c.createArrayOf("FLOAT", boxed));
                ps.setObject(7, OffsetDateTime.ofInstant(m.createdAt(), ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Memory> list(String advertiserId) {
        return withEmbeddings(advertiserId).stream().map(Stored::memory).toList();
    }

    @Override
    public List<Stored> withEmbeddings(String advertiserId) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM memories WHERE advertiser_id = ? ORDER BY created_at DESC, id")) {
                ps.setString(1, advertiserId);
                List<Stored> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new Stored(memory(rs), floats(rs.getArray("embedding"))));
                }
                return out;
            }
        });
    }

    @Override
    public Optional<Memory> find(String advertiserId, String id) {
        return list(advertiserId).stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public boolean delete(String advertiserId, String id) {
        return update("DELETE FROM memories WHERE advertiser_id = ? AND id = ?", advertiserId, id) > 0;
    }

    @Override
    public int deleteAll(String advertiserId) {
        return update("DELETE FROM memories WHERE advertiser_id = ?", advertiserId);
    }

    private int update(String sql, String... params) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) ps.setString(i + 1, params[i]);
                return ps.executeUpdate();
            }
        });
    }

    private static Memory memory(ResultSet rs) throws SQLException {
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        JsonNode json = Json.MAPPER.readTree(rs.getString("defaults"));
        for (var e : json.properties()) {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asString()));
            defaults.put(e.getKey(), values);
        }
        return new Memory(rs.getString("id"), rs.getString("advertiser_id"), rs.getString("kind"), rs.getString("text"),
                defaults, rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static float[] floats(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) out[i] = ((Number) values[i]).floatValue();
        return out;
    }
}
