package io.adcopilot.eval.trace;

import io.adcopilot.core.db.Database;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.trace.SpanKind;
import io.adcopilot.core.trace.SpanRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import tools.jackson.core.type.TypeReference;

/**
 * Traces in the copilot's DuckDB file: every span (attributes as JSON), and one summary row per turn made from its
 * root span, both written through DuckDB's appender in one transaction per batch. Times are UTC. There are no
 * indexes (they would slow every append); trace ids begin with their start time, so rows of one trace sit in
 * row groups whose min/max ranges find them.
 */
public final class DuckDbTraceStore implements TraceStore {

    private static final TypeReference<Map<String, Object>> ATTRIBUTES = new TypeReference<>() {};

    private final Database db;

    public DuckDbTraceStore(Database db) {
        this.db = db;
        db.ensure(List.of(
                """
                CREATE TABLE IF NOT EXISTS spans (trace_id VARCHAR NOT NULL, span_id VARCHAR NOT NULL,
                  parent_id VARCHAR, name VARCHAR NOT NULL, kind VARCHAR NOT NULL, start_at TIMESTAMP NOT NULL,
                  end_at TIMESTAMP NOT NULL, status VARCHAR NOT NULL, error VARCHAR, attributes VARCHAR NOT NULL)""",
                """
                CREATE TABLE IF NOT EXISTS traces (trace_id VARCHAR NOT NULL, started_at TIMESTAMP NOT NULL,
                  duration_ms DOUBLE NOT NULL, session_id VARCHAR, advertiser_id VARCHAR, text VARCHAR,
                  intent VARCHAR, slots VARCHAR, confidence DOUBLE, engine VARCHAR, outcome VARCHAR,
                  status VARCHAR NOT NULL)""",
                """
                CREATE TABLE IF NOT EXISTS feedback (trace_id VARCHAR NOT NULL, advertiser_id VARCHAR NOT NULL,
                  score INTEGER NOT NULL, comment VARCHAR, corrected_intent VARCHAR, created_at TIMESTAMP NOT NULL)"""));
    }

    @Override
    public void write(List<SpanRecord> spans) {
        if (spans.isEmpty()) return;
        db.inTransaction(c -> {
            DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
            try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "spans")) {
                for (SpanRecord s : spans) {
                    a.beginRow().append(s.traceId()).append(s.spanId());
                    nullable(a, s.parentId()).append(s.name()).append(s.kind().key()).append(utc(s.start()))
                            .append(utc(s.end())).append(s.status());
                    nullable(a, s.error()).append(Json.MAPPER.writeValueAsString(s.attributes())).endRow();
                }
            }
            try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "traces")) {
                for (SpanRecord s : spans) {
                    if (s.parentId() != null || s.kind() != SpanKind.TURN) continue;
                    a.beginRow().append(s.traceId()).append(utc(s.start())).append(s.durationMs());
                    for (String key : List.of("session.id", "advertiser.id", "input.text", "intent", "slots")) {
                        nullable(a, text(s.attributes().get(key)));
                    }
                    Object confidence = s.attributes().get("confidence");
                    if (confidence instanceof Number n) a.append(n.doubleValue());
                    else a.appendNull();
                    nullable(a, text(s.attributes().get("engine")));
                    nullable(a, text(s.attributes().get("turn.outcome")));
                    a.append(s.status()).endRow();
                }
            }
            return null;
        });
    }

    @Override
    public List<SpanRecord> spans(String traceId) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT trace_id, span_id, parent_id, name, kind, start_at, end_at, status, error, attributes
                    FROM spans WHERE trace_id = ? ORDER BY start_at, end_at DESC""")) {
                ps.setString(1, traceId);
                List<SpanRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SpanRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                SpanKind.valueOf(rs.getString(5).toUpperCase()), instant(rs.getTimestamp(6)),
                                instant(rs.getTimestamp(7)), rs.getString(8), rs.getString(9),
                                Json.MAPPER.readValue(rs.getString(10), ATTRIBUTES)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<TraceSummary> summary(String traceId) {
        List<TraceSummary> found = select("WHERE t.trace_id = ?", List.of(traceId), 1);
        return found.stream().findFirst();
    }

    @Override
    public List<TraceSummary> list(TraceQuery q) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        q.since().ifPresent(v -> { where.add("t.started_at >= ?"); args.add(utc(v)); });
        q.until().ifPresent(v -> { where.add("t.started_at < ?"); args.add(utc(v)); });
        q.intent().ifPresent(v -> { where.add("t.intent = ?"); args.add(v); });
        q.engine().ifPresent(v -> { where.add("t.engine = ?"); args.add(v); });
        q.status().ifPresent(v -> { where.add("t.status = ?"); args.add(v); });
        q.minConfidence().ifPresent(v -> { where.add("t.confidence >= ?"); args.add(v); });
        q.maxConfidence().ifPresent(v -> { where.add("t.confidence <= ?"); args.add(v); });
        q.advertiserId().ifPresent(v -> { where.add("t.advertiser_id = ?"); args.add(v); });
        q.feedback().ifPresent(v -> where.add(switch (v) {
            case "positive" -> "f.score > 0";
            case "negative" -> "f.score < 0";
            default -> "f.score IS NULL";
        }));
        String clause = where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where);
        return select(clause, args, Math.min(Math.max(q.limit(), 1), TraceQuery.MAX_LIMIT));
    }

    @Override
    public Optional<TraceSummary> previous(TraceSummary turn) {
        if (turn.sessionId() == null) return Optional.empty();
        return select("WHERE t.session_id = ? AND t.started_at < ?", List.of(turn.sessionId(), utc(turn.startedAt())), 1)
                .stream().findFirst();
    }

    private List<TraceSummary> select(String where, List<Object> args, int limit) {
        String sql = """
                SELECT t.trace_id, t.started_at, t.duration_ms, t.session_id, t.advertiser_id, t.text, t.intent,
                  t.slots, t.confidence, t.engine, t.outcome, t.status, f.score
                FROM traces t LEFT JOIN (SELECT trace_id, last(score ORDER BY created_at) AS score FROM feedback
                  GROUP BY trace_id) f ON f.trace_id = t.trace_id
                """ + where + " ORDER BY t.started_at DESC LIMIT " + limit;
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
                List<TraceSummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(summary(rs));
                }
                return out;
            }
        });
    }

    private static TraceSummary summary(ResultSet rs) throws SQLException {
        double confidence = rs.getDouble(9);
        Double conf = rs.wasNull() ? null : confidence;
        int score = rs.getInt(13);
        Integer feedback = rs.wasNull() ? null : score;
        return new TraceSummary(rs.getString(1), instant(rs.getTimestamp(2)), rs.getDouble(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), conf, rs.getString(10),
                rs.getString(11), rs.getString(12), feedback);
    }

    private static DuckDBAppender nullable(DuckDBAppender a, String value) throws SQLException {
        return value == null ? a.appendNull() : a.append(value);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(Timestamp t) {
        return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
