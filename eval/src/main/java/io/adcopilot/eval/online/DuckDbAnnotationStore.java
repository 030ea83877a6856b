package io.adcopilot.eval.online;

import io.adcopilot.core.db.Database;
import io.adcopilot.core.json.Json;
import io.adcopilot.eval.nlu.SlotPairs;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The annotation queue, flags and labels in the copilot's DuckDB file (times UTC). */
public final class DuckDbAnnotationStore implements AnnotationStore {

    private final Database db;
    private final Clock clock;

    public DuckDbAnnotationStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        db.ensure(List.of(
                """
                CREATE TABLE IF NOT EXISTS eval_flags (trace_id VARCHAR NOT NULL, evaluator VARCHAR NOT NULL,
                  detail VARCHAR, created_at TIMESTAMP NOT NULL)""",
                """
                CREATE TABLE IF NOT EXISTS annotation_queue (trace_id VARCHAR PRIMARY KEY, sampled BOOLEAN NOT NULL,
                  reason VARCHAR NOT NULL, enqueued_at TIMESTAMP NOT NULL)""",
                """
                CREATE TABLE IF NOT EXISTS annotations (trace_id VARCHAR NOT NULL, reviewer VARCHAR NOT NULL,
                  intent VARCHAR NOT NULL, slots VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL)"""));
    }

    @Override
    public void flag(String traceId, Flag flag) {
        db.update("INSERT INTO eval_flags VALUES (?, ?, ?, ?)", traceId, flag.evaluator(), flag.detail(), now());
    }

    @Override
    public List<Flag> flags(String traceId) {
        return db.query("SELECT evaluator, detail FROM eval_flags WHERE trace_id = ? ORDER BY created_at",
                rs -> new Flag(rs.getString(1), rs.getString(2)), traceId);
    }

    @Override
    public void enqueue(String traceId, boolean sampled, String reason) {
        db.update("""
                INSERT INTO annotation_queue VALUES (?, ?, ?, ?) ON CONFLICT (trace_id) DO UPDATE
                SET sampled = annotation_queue.sampled OR excluded.sampled,
                    reason = CASE WHEN excluded.sampled AND NOT annotation_queue.sampled THEN excluded.reason
                                  ELSE annotation_queue.reason END""", traceId, sampled, reason, now());
    }

    @Override
    public Optional<String> next(String reviewer, Set<String> skipped) {
        return db.query("""
                SELECT q.trace_id FROM annotation_queue q
                WHERE NOT EXISTS (SELECT 1 FROM annotations a WHERE a.trace_id = q.trace_id AND a.reviewer = ?)
                  AND (SELECT count(*) FROM annotations a WHERE a.trace_id = q.trace_id) < 2
                ORDER BY q.enqueued_at, q.trace_id LIMIT ?""", rs -> rs.getString(1), reviewer, skipped.size() + 1)
                .stream().filter(id -> !skipped.contains(id)).findFirst();
    }

    @Override
    public boolean queued(String traceId) {
        return !db.query("SELECT 1 FROM annotation_queue WHERE trace_id = ?", rs -> 1, traceId).isEmpty();
    }

    @Override
    public void annotate(Annotation a) {
        db.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM annotations WHERE trace_id = ? AND reviewer = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO annotations VALUES (?, ?, ?, ?, ?)")) {
                del.setString(1, a.traceId());
                del.setString(2, a.reviewer());
                del.executeUpdate();
                ins.setString(1, a.traceId());
                ins.setString(2, a.reviewer());
                ins.setString(3, a.intent());
                ins.setString(4, a.slots());
                ins.setObject(5, utc(a.createdAt()));
                ins.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Annotation> annotations(String traceId) {
        return db.query("SELECT trace_id, reviewer, intent, slots, created_at FROM annotations WHERE trace_id = ? ORDER BY created_at",
                rs -> new Annotation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs.getTimestamp(5))), traceId);
    }

    @Override
    public List<LabelledTurn> labelled(Instant since) {
        return db.query("""
                SELECT t.trace_id, t.started_at, t.intent, t.slots, a.intent, a.slots
                FROM traces t JOIN annotation_queue q ON q.trace_id = t.trace_id AND q.sampled
                JOIN (SELECT trace_id, first(intent ORDER BY created_at) AS intent,
                             first(slots ORDER BY created_at) AS slots FROM annotations GROUP BY trace_id) a
                  ON a.trace_id = t.trace_id
                WHERE t.started_at >= ? ORDER BY t.started_at""",
                rs -> new LabelledTurn(rs.getString(1), instant(rs.getTimestamp(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)), utc(since));
    }

    @Override
    public Agreement agreement() {
        List<String[]> pairs = db.query("""
                SELECT list(intent ORDER BY created_at)[1], list(intent ORDER BY created_at)[2],
                       list(slots ORDER BY created_at)[1], list(slots ORDER BY created_at)[2]
                FROM annotations GROUP BY trace_id HAVING count(*) >= 2""",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        int intents = 0;
        int frames = 0;
        for (String[] p : pairs) {
            if (!p[0].equals(p[1])) continue;
            intents++;
            if (SlotPairs.of(Json.MAPPER.readTree(p[2])).equals(SlotPairs.of(Json.MAPPER.readTree(p[3])))) frames++;
        }
        return new Agreement(pairs.size(), intents, frames);
    }




    private LocalDateTime now() {
        return utc(clock.instant());
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp t) {
        return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
