package io.adcopilot.sandbox.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBConnection;

/**
 * Spreads planned creative-days over audience cells inside DuckDB. Each cell's randomness is a hash of the
 * creative-day key and the cell key, so the same plan always gives the same rows. Counts use stochastic rounding
 * (clicks never exceed impressions, conversions never exceed clicks), and each campaign-day's cost is scaled, if
 * needed, to stay within its budget.
 */
final class FactWriter {

    private static final String SPREAD = """
            INSERT INTO %s
            WITH cells AS (
              SELECT p.*, s.region, s.device, s.gender, s.age, s.weight * p.norm AS share,
                     s.ctr_mult * coalesce(e.ctr_mult, 1) AS ctr_m, s.cvr_mult * coalesce(e.cvr_mult, 1) AS cvr_m,
                     s.price_mult * coalesce(e.price_mult, 1) AS price_m, s.aov_mult AS aov_m,
                     hash(p.cell_key, s.key) AS h1, hash(s.key, p.cell_key) AS h2
              FROM gen_plan p
              JOIN gen_segments s ON s.industry = p.industry
                AND (len(p.t_region) = 0 OR list_contains(p.t_region, s.region))
                AND (len(p.t_device) = 0 OR list_contains(p.t_device, s.device))
                AND (len(p.t_gender) = 0 OR list_contains(p.t_gender, s.gender))
                AND (len(p.t_age) = 0 OR list_contains(p.t_age, s.age))
              LEFT JOIN gen_episodes e ON e.campaign_id = p.campaign_id AND p.date BETWEEN e.start_date AND e.end_date
                AND e.region = s.region AND e.device = s.device
            ), uniform AS (
              SELECT *, (h1 & 65535) / 65536.0 AS u1, ((h1 >> 16) & 65535) / 65536.0 AS u2,
                     ((h1 >> 32) & 65535) / 65536.0 AS u3, ((h1 >> 48) & 65535) / 65536.0 AS u4,
                     (h2 & 65535) / 65536.0 AS u5, ((h2 >> 16) & 65535) / 65536.0 AS u6,
                     ((h2 >> 32) & 65535) / 65536.0 AS u7
              FROM cells
            ), shown AS (
              SELECT *, floor(impressions * share * exp((u1 - 0.5) * 0.6) + u2)::BIGINT AS imps,
                     least(0.5, ctr * ctr_m * exp((u3 - 0.5) * 0.4)) AS cell_ctr,
                     least(0.9, cvr * cvr_m * exp((u4 - 0.5) * 0.4)) AS cell_cvr
              FROM uniform
            ), clicked AS (
              SELECT *, least(imps, floor(imps * cell_ctr + u5))::BIGINT AS clks FROM shown WHERE imps > 0
            ), converted AS (
              SELECT *, least(clks, floor(clks * cell_cvr + u6))::BIGINT AS convs,
                     round(CASE price_kind WHEN 'cpc' THEN clks * price * price_m
                                           ELSE imps * price * price_m / 1000 END * 100)::BIGINT AS raw_cents
              FROM clicked
            )
            SELECT date, advertiser_id, campaign_id, ad_group_id, creative_id, region, device, gender, age,
                   imps, clks,
                   (floor(raw_cents * least(1.0, coalesce(0.9999 * budget_cents
                       / nullif(sum(raw_cents) OVER (PARTITION BY date, campaign_id), 0), 1.0))) / 100)::DECIMAL(14,2),
                   convs,
                   round(convs * aov * aov_m * (0.6 + 0.8 * u7), 2)::DECIMAL(14,2)
            FROM converted
            """;

    private FactWriter() {}

    /** Loads the audience cells and episodes that every later {@link #write} spreads over. */
    static void prepare(Connection c, List<Segment> segments, List<Episode> episodes) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE gen_segments (key INTEGER, industry VARCHAR, region VARCHAR, "
                    + "device VARCHAR, gender VARCHAR, age VARCHAR, weight DOUBLE, ctr_mult DOUBLE, cvr_mult DOUBLE, "
                    + "price_mult DOUBLE, aov_mult DOUBLE)");
            s.execute("CREATE OR REPLACE TABLE gen_episodes (campaign_id VARCHAR, start_date DATE, end_date DATE, "
                    + "region VARCHAR, device VARCHAR, ctr_mult DOUBLE, cvr_mult DOUBLE, price_mult DOUBLE)");
        }
        try (var a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "gen_segments")) {
            for (Segment x : segments) {
                a.beginRow().append(x.key()).append(x.industry()).append(x.region()).append(x.device())
                        .append(x.gender()).append(x.age()).append(x.weight()).append(x.ctrMult())
                        .append(x.cvrMult()).append(x.priceMult()).append(x.aovMult()).endRow();
            }
        }
        try (var a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "gen_episodes")) {
            for (Episode e : episodes) {
                a.beginRow().append(e.campaignId()).append(e.start()).append(e.end()).append(e.region())
                        .append(e.device()).append(e.ctrMult()).append(e.cvrMult()).append(e.priceMult()).endRow();
            }
        }
    }

    /** Spreads the plan into {@code table}; returns the rows written. */
    static long write(Connection c, String table, List<PlanRow> plan) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE gen_plan (date DATE, advertiser_id VARCHAR, campaign_id VARCHAR, "
                    + "ad_group_id VARCHAR, creative_id VARCHAR, industry VARCHAR, cell_key BIGINT, "
                    + "impressions DOUBLE, norm DOUBLE, ctr DOUBLE, cvr DOUBLE, price_kind VARCHAR, price DOUBLE, "
                    + "aov DOUBLE, budget_cents BIGINT, t_region VARCHAR[], t_device VARCHAR[], t_gender VARCHAR[], "
                    + "t_age VARCHAR[])");
        }
        try (var a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "gen_plan")) {
            for (PlanRow p : plan) {
                a.beginRow().append(p.date()).append(p.advertiserId()).append(p.campaignId()).append(p.adGroupId())
                        .append(p.creativeId()).append(p.industry()).append(p.key()).append(p.impressions())
                        .append(p.norm()).append(p.ctr()).append(p.cvr()).append(p.priceKind()).append(p.price())
                        .append(p.aov()).append(p.budgetCents()).append(p.targeting().region())
                        .append(p.targeting().device()).append(p.targeting().gender()).append(p.targeting().age())
                        .endRow();
            }
        }
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(SPREAD.formatted(table));
        }
    }

    static void cleanUp(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS gen_plan");
            s.execute("DROP TABLE IF EXISTS gen_segments");
            s.execute("DROP TABLE IF EXISTS gen_episodes");
        }
    }
}
