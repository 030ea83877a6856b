package io.adcopilot.sandbox.report;

import io.adcopilot.sandbox.store.PlatformDb;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Runs report queries as parameterized SQL over the facts (full days and today so far). Identifiers come only from
 * the {@link Metric} and {@link Dimension} enums; every value is a bound parameter.
 */
public final class ReportStore {

    private final PlatformDb db;

    public ReportStore(PlatformDb db) {
        this.db = db;
    }

    public ReportResult query(ReportQuery q) {
        return db.withConnection(c -> {
            Map<String, String> names = q.dimensions().stream().anyMatch(Dimension::isEntity)
                    ? names(c, q.advertiserId()) : Map.of();
            List<Map<String, Object>> rows = rows(c, q, names);
            boolean truncated = rows.size() > q.limit();
            if (truncated) rows = rows.subList(0, q.limit());
            return new ReportResult(rows, totals(c, q), truncated);
        });
    }

    /** One SQL statement with its parameters. */
    public record Statement(String sql, List<Object> params) {
        PreparedStatement prepare(Connection c) throws SQLException {
            PreparedStatement ps = c.prepareStatement(sql);
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            return ps;
        }
    }

    /** The statement for a query's rows (one more than the limit, to tell whether rows were cut). */
    public static Statement rowsStatement(ReportQuery q) {
        var select = new StringJoiner(", ");
        q.dimensions().forEach(d -> select.add(d.column() + " AS " + d.key()));
        q.metrics().forEach(m -> select.add(m.sql() + " AS " + m.key()));
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + select + " FROM facts_all WHERE " + where(q, params)
                + (q.dimensions().isEmpty() ? "" : " GROUP BY ALL") + " ORDER BY " + orderBy(q) + " LIMIT ?";
        params.add(q.limit() + 1);
        return new Statement(sql, params);
    }

    /** The statement for a query's totals over every matching fact. */
    public static Statement totalsStatement(ReportQuery q) {
        var select = new StringJoiner(", ");
        q.metrics().forEach(m -> select.add(m.sql() + " AS " + m.key()));
        List<Object> params = new ArrayList<>();
        return new Statement("SELECT " + select + " FROM facts_all WHERE " + where(q, params), params);
    }

    private List<Map<String, Object>> rows(Connection c, ReportQuery q, Map<String, String> names)
            throws SQLException {
        try (PreparedStatement ps = rowsStatement(q).prepare(c); ResultSet rs = ps.executeQuery()) {
            List<Map<String, Object>> out = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (Dimension d : q.dimensions()) {
                    Object value = d == Dimension.DATE ? rs.getObject(d.key(), LocalDate.class).toString()
                            : rs.getString(d.key());
                    row.put(d.key(), value);
                    if (d.isEntity()) row.put(d.key() + "_name", names.get((String) value));
                }
                for (Metric m : q.metrics()) row.put(m.key(), m.present(rs.getObject(m.key())));
                out.add(row);
            }
            return out;
        }
    }

    private Map<String, Object> totals(Connection c, ReportQuery q) throws SQLException {
        try (PreparedStatement ps = totalsStatement(q).prepare(c); ResultSet rs = ps.executeQuery()) {
            rs.next();
            Map<String, Object> totals = new LinkedHashMap<>();
            for (Metric m : q.metrics()) totals.put(m.key(), m.present(rs.getObject(m.key())));
            return totals;
        }
    }

    private static String where(ReportQuery q, List<Object> params) {
        var where = new StringJoiner(" AND ");
        where.add("advertiser_id = ?");
        params.add(q.advertiserId());
        where.add("date BETWEEN ? AND ?");
        params.add(q.start());
        params.add(q.end());
        q.filters().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(f -> {
                    var in = new StringJoiner(", ", f.getKey().column() + " IN (", ")");
                    f.getValue().forEach(v -> {
                        in.add("?");
                        params.add(v);
                    });
                    where.add(in.toString());
                });
        return where.toString();
    }

    private static String orderBy(ReportQuery q) {
        var order = new StringJoiner(", ");
        q.order().ifPresent(o -> order.add(o.metric().key() + (o.descending() ? " DESC" : " ASC") + " NULLS LAST"));
        if (q.order().isEmpty() && !q.dimensions().contains(Dimension.DATE) && !q.dimensions().isEmpty()) {
            order.add(q.metrics().get(0).key() + " DESC NULLS LAST");
        }
        q.dimensions().forEach(d -> order.add(d.key()));
        if (order.length() == 0) order.add("1");
        return order.toString();
    }

    private static Map<String, String> names(Connection c, String advertiserId) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (var ps = c.prepareStatement("SELECT id, name FROM campaigns WHERE advertiser_id = ? UNION ALL "
                + "SELECT id, name FROM ad_groups WHERE advertiser_id = ? UNION ALL "
                + "SELECT id, name FROM creatives WHERE advertiser_id = ?")) {
            ps.setString(1, advertiserId);
            ps.setString(2, advertiserId);
            ps.setString(3, advertiserId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) names.put(rs.getString(1), rs.getString(2));
            }
        }
        return names;
    }
}
