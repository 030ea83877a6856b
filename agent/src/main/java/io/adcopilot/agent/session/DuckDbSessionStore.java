package io.adcopilot.agent.session;

import io.adcopilot.agent.nlu.Turn;
import io.adcopilot.core.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions and their turns in the copilot's embedded database. */
public final class DuckDbSessionStore implements SessionStore {

    private final Database db;
    private final Clock clock;

    public DuckDbSessionStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        db.ensure(List.of(
                """
                CREATE TABLE IF NOT EXISTS sessions (id VARCHAR PRIMARY KEY, advertiser_id VARCHAR NOT NULL,
                  created_at TIMESTAMPTZ NOT NULL, updated_at TIMESTAMPTZ NOT NULL, state VARCHAR NOT NULL)""",
                """
                CREATE TABLE IF NOT EXISTS session_turns (session_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
                  role VARCHAR NOT NULL, text VARCHAR NOT NULL, trace_id VARCHAR, created_at TIMESTAMPTZ NOT NULL)"""));
    }

    @Override
    public Optional<Session> find(String sessionId) {
        return db.withConnection(c -> {
            String advertiser;
            String state;
            try (PreparedStatement ps = c.prepareStatement("SELECT advertiser_id, state FROM sessions WHERE id = ?")) {
                ps.setString(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    advertiser = rs.getString(1);
                    state = rs.getString(2);
                }
            }
            List<Turn> turns = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT role, text FROM session_turns WHERE session_id = ? ORDER BY seq")) {
                ps.setString(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) turns.add(new Turn(rs.getString(1), rs.getString(2)));
                }
            }
            return Optional.of(new Session(sessionId, advertiser, turns, StateCodec.read(state)));
        });
    }

    @Override
    public Session create(String advertiserId) {
        String id = "s_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sessions VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, advertiserId);
                ps.setObject(3, now);
                ps.setObject(4, now);
                ps.setString(5, StateCodec.write(DialogueState.EMPTY));
                ps.executeUpdate();
            }
            return null;
        });
        return new Session(id, advertiserId, List.of(), DialogueState.EMPTY);
    }

    @Override
    public void record(String sessionId, String userText, String assistantText, String traceId, DialogueState state) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        db.inTransaction(c -> {
            int next;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(max(seq), 0) FROM session_turns WHERE session_id = ?")) {
                ps.setString(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    next = rs.getInt(1) + 1;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO session_turns VALUES (?, ?, ?, ?, ?, ?)")) {
                for (String[] turn : new String[][]{{"user", userText}, {"assistant", assistantText}}) {
                    ps.setString(1, sessionId);
                    ps.setInt(2, next++);
                    ps.setString(3, turn[0]);
                    ps.setString(4, turn[1]);
                    ps.setString(5, traceId);
                    ps.setObject(6, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE sessions SET state = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, StateCodec.write(state));
                ps.setObject(2, now);
                ps.setString(3, sessionId);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
