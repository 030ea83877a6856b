package io.adcopilot.eval.online;

import io.adcopilot.core.db.Database;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Users' feedback on turns, next to the traces (the trace store lists turns with their latest score). */
public final class FeedbackStore {

    private final Database db;

    public FeedbackStore(Database db) {
        this.db = db;
        db.ensure(List.of("""
                CREATE TABLE IF NOT EXISTS feedback (trace_id VARCHAR NOT NULL, advertiser_id VARCHAR NOT NULL,
                  score INTEGER NOT NULL, comment VARCHAR, corrected_intent VARCHAR, created_at TIMESTAMP NOT NULL)"""));
    }

    public void add(Feedback f) {
        db.withConnection(c -> {
            try (var ps = c.prepareStatement("INSERT INTO feedback VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, f.traceId());
                ps.setString(2, f.advertiserId());
                ps.setInt(3, f.score());
                ps.setString(4, f.comment());
                ps.setString(5, f.correctedIntent());
                ps.setObject(6, LocalDateTime.ofInstant(f.createdAt(), ZoneOffset.UTC));
                return ps.executeUpdate();
            }
        });
    }
}
