package io.adcopilot.eval.online;

import io.adcopilot.core.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Monitors, whether each is alerting now, and the alerts they raised, in the copilot's DuckDB file. */
public final class MonitorStore {

    private final Database db;

    public MonitorStore(Database db) {
        this.db = db;
        db.ensure(List.of(
                """
                CREATE TABLE IF NOT EXISTS monitors (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, metric VARCHAR NOT NULL,
                  threshold DOUBLE NOT NULL, window_days INTEGER NOT NULL, min_samples INTEGER NOT NULL,
                  webhook_url VARCHAR, alerting BOOLEAN NOT NULL DEFAULT false)""",
                """
                CREATE TABLE IF NOT EXISTS alerts (id VARCHAR PRIMARY KEY, monitor_id VARCHAR NOT NULL,
                  monitor_name VARCHAR NOT NULL, metric VARCHAR NOT NULL, value DOUBLE NOT NULL, threshold DOUBLE NOT NULL,
                  low DOUBLE, high DOUBLE, n BIGINT NOT NULL, raised_at TIMESTAMP NOT NULL, delivery VARCHAR NOT NULL)"""));
    }

    public void save(Monitor m) {
        db.update("""
                INSERT INTO monitors (id, name, metric, threshold, window_days, min_samples, webhook_url) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, metric = excluded.metric, threshold = excluded.threshold,
                  window_days = excluded.window_days, min_samples = excluded.min_samples, webhook_url = excluded.webhook_url""",
                m.id(), m.name(), m.metric().key(), m.threshold(), m.windowDays(), m.minSamples(), m.webhookUrl());
    }

    public boolean delete(String id) {
        return db.update("DELETE FROM monitors WHERE id = ?", id) > 0;
    }

    public List<Monitor> all() {
        return db.query("SELECT id, name, metric, threshold, window_days, min_samples, webhook_url FROM monitors ORDER BY id",
                rs -> new Monitor(rs.getString(1), rs.getString(2), Monitor.Metric.of(rs.getString(3)), rs.getDouble(4),
                        rs.getInt(5), rs.getInt(6), rs.getString(7)));
    }

    public Optional<Monitor> find(String id) {
        return all().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public boolean alerting(String id) {
        return db.query("SELECT alerting FROM monitors WHERE id = ?", rs -> rs.getBoolean(1), id).stream().findFirst().orElse(false);
    }

    public void setAlerting(String id, boolean alerting) {
        db.update("UPDATE monitors SET alerting = ? WHERE id = ?", alerting, id);
    }

    public void add(Alert a) {
        db.update("INSERT INTO alerts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a.id(), a.monitorId(), a.monitorName(),
                a.metric(), a.value(), a.threshold(), Double.isNaN(a.low()) ? null : a.low(),
                Double.isNaN(a.high()) ? null : a.high(), a.n(), LocalDateTime.ofInstant(a.at(), ZoneOffset.UTC), a.delivery());
    }

    public void delivered(String alertId, String delivery) {
        db.update("UPDATE alerts SET delivery = ? WHERE id = ?", delivery, alertId);
    }

    public List<Alert> alerts(int limit) {
        return db.query("SELECT id, monitor_id, monitor_name, metric, value, threshold, low, high, n, raised_at, delivery FROM alerts "
                        + "ORDER BY raised_at DESC LIMIT " + Math.max(1, Math.min(limit, 1000)),
                rs -> new Alert(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
                        rs.getDouble(6), nan(rs, 7), nan(rs, 8), rs.getLong(9),
                        rs.getTimestamp(10).toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString(11)));
    }

    private static double nan(ResultSet rs, int column) throws java.sql.SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }




    static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
