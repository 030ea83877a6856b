package io.adcopilot.eval.online;

import io.adcopilot.core.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Live traffic over time, from the traces: turns, latency percentiles, tool error rate and feedback per day
 * (platform time, Asia/Shanghai), and the intent mix.
 */
public final class Dashboard {

    /** One day: turns, latency p50/p95 (ms), tool calls and failed ones, thumbs up and down. */
    public record Day(String day, long turns, double p50Ms, double p95Ms, long toolCalls, long toolErrors,
                      long thumbsUp, long thumbsDown) {
        public double toolErrorRate() {
            return toolCalls == 0 ? 0 : (double) toolErrors / toolCalls;
        }
    }

    public record IntentShare(String intent, long turns) {}

    /** A rate over a window: the part, the whole, and the rate (0 when the whole is 0). */
    public record Rate(long part, long whole) {
        public double value() {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    /** A UTC timestamp's day in Asia/Shanghai (UTC+8 all year). */
    private static final String LOCAL_DAY = "strftime(CAST(%s + INTERVAL 8 HOUR AS DATE), '%%Y-%%m-%%d')";

    private final Database db;

    public Dashboard(Database db) {
        this.db = db;
    }

    public List<Day> byDay(Instant since) {
        String day = String.format(LOCAL_DAY, "t.started_at");
        String spanDay = String.format(LOCAL_DAY, "s.start_at");
        String feedbackDay = String.format(LOCAL_DAY, "f.created_at");
        String sql = """
                WITH turns AS (SELECT %1$s AS day, count(*) AS turns, quantile_cont(duration_ms, 0.5) AS p50,
                                      quantile_cont(duration_ms, 0.95) AS p95
                               FROM traces t WHERE t.started_at >= ? GROUP BY 1),
                     tools AS (SELECT %2$s AS day, count(*) AS calls, count(*) FILTER (WHERE status = 'error') AS errors
                               FROM spans s WHERE s.kind = 'tool' AND s.start_at >= ? GROUP BY 1),
                     votes AS (SELECT %3$s AS day, count(*) FILTER (WHERE score > 0) AS up,
                                      count(*) FILTER (WHERE score < 0) AS down
                               FROM feedback f WHERE f.created_at >= ? GROUP BY 1)
                SELECT turns.day, turns.turns, turns.p50, turns.p95, coalesce(tools.calls, 0), coalesce(tools.errors, 0),
                       coalesce(votes.up, 0), coalesce(votes.down, 0)
                FROM turns LEFT JOIN tools USING (day) LEFT JOIN votes USING (day) ORDER BY turns.day"""
                .formatted(day, spanDay, feedbackDay);
        return db.query(sql, rs -> new Day(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8)), utc(since), utc(since), utc(since));
    }

    public List<IntentShare> intentMix(Instant since) {
        return db.query("SELECT coalesce(intent, '(none)'), count(*) FROM traces WHERE started_at >= ? GROUP BY 1 ORDER BY 2 DESC, 1",
                rs -> new IntentShare(rs.getString(1), rs.getLong(2)), utc(since));
    }

    public Rate toolErrors(Instant since) {
        return db.query("SELECT count(*) FILTER (WHERE status = 'error'), count(*) FROM spans WHERE kind = 'tool' AND start_at >= ?",
                rs -> new Rate(rs.getLong(1), rs.getLong(2)), utc(since)).get(0);
    }

    public Rate negativeFeedback(Instant since) {
        return db.query("SELECT count(*) FILTER (WHERE score < 0), count(*) FROM feedback WHERE created_at >= ?",
                rs -> new Rate(rs.getLong(1), rs.getLong(2)), utc(since)).get(0);
    }

    /** The 95th percentile of turn latency (ms) and how many turns it is over. */
    public double[] p95Latency(Instant since) {
        return db.query("SELECT coalesce(quantile_cont(duration_ms, 0.95), 0), count(*) FROM traces WHERE started_at >= ?",
                rs -> new double[] {rs.getDouble(1), rs.getLong(2)}, utc(since)).get(0);
    }



    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
