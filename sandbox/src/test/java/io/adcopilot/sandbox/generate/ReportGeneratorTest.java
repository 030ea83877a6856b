package io.adcopilot.sandbox.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.sandbox.Platform;
import io.adcopilot.sandbox.PlatformTime;
import io.adcopilot.sandbox.TestPlatforms;
import io.adcopilot.sandbox.catalog.DemoSeed;
import io.adcopilot.sandbox.catalog.PlatformSeed;
import io.adcopilot.sandbox.history.Change;
import io.adcopilot.sandbox.history.Timelines;
import io.adcopilot.sandbox.manage.EntityUpdates;
import io.adcopilot.sandbox.manage.Patch;
import io.adcopilot.sandbox.store.EntityStore;
import io.adcopilot.sandbox.store.PlatformDb;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The synthetic report data: deterministic, within the platform's invariants, and shaped like real delivery. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportGeneratorTest {

    private Platform demo;

    @BeforeAll
    void open() {
        demo = Platform.open(TestPlatforms.demoDataDir(), TestPlatforms.CLOCK, ReportGenerator.Progress.SILENT);
    }

    @AfterAll
    void close() {
        demo.close();
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOther() {
        String first = checksum(shortPlatform(7));
        String again = checksum(shortPlatform(7));
        String other = checksum(shortPlatform(8));
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void coversEveryDayFromTheFirstToYesterdayAndTodaySoFar() {
        assertThat(demo.generator().generatedThrough()).isEqualTo(LocalDate.of(2026, 11, 19));
        long days = scalar(demo.database(), "SELECT count(DISTINCT date) FROM facts");
        assertThat(days).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2025, 10, 1),
                LocalDate.of(2026, 11, 20)));
        assertThat(scalar(demo.database(), "SELECT count(*) FROM facts_today WHERE date <> DATE '2026-11-20'")).isZero();
        assertThat(scalar(demo.database(), "SELECT count(*) FROM facts_today")).isPositive();
    }

    @Test
    void everyRowKeepsTheCountsInOrder() {
        assertThat(scalar(demo.database(), """
                SELECT count(*) FROM facts_all WHERE impressions <= 0 OR clicks < 0 OR clicks > impressions
                  OR conversions < 0 OR conversions > clicks OR cost < 0 OR revenue < 0
                  OR (conversions = 0 AND revenue > 0)""")).isZero();
    }

    @Test
    void noCampaignSpendsMoreThanItsBudgetOnAnyDay() {
        Timelines history = new Timelines(new EntityStore(demo.database()).changes());
        List<String> over = new ArrayList<>();
        demo.database().withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT date, campaign_id, sum(cost) FROM facts_all GROUP BY ALL")) {
                while (rs.next()) {
                    LocalDate date = rs.getObject(1, LocalDate.class);
                    Instant endOfDay = PlatformTime.startOf(date.plusDays(1)).minusNanos(1);
                    BigDecimal budget = new BigDecimal(history.valueAt(rs.getString(2), Change.DAILY_BUDGET, endOfDay).orElseThrow());
                    if (rs.getBigDecimal(3).compareTo(budget) > 0) over.add(date + " " + rs.getString(2));
                }
            }
            return null;
        });
        assertThat(over).isEmpty();
    }

    @Test
    void nothingDeliversWhilePausedRejectedOrNotYetCreated() {
        Timelines history = new Timelines(new EntityStore(demo.database()).changes());
        List<String> wrong = new ArrayList<>();
        demo.database().withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT DISTINCT date, campaign_id, ad_group_id, creative_id FROM facts")) {
                while (rs.next()) {
                    // Demo history changes only at midnight, so noon tells the whole day.
                    Instant noon = PlatformTime.startOf(rs.getObject(1, LocalDate.class)).plusSeconds(12 * 3600);
                    boolean live = is(history, rs.getString(2), Change.STATUS, "active", noon)
                            && is(history, rs.getString(3), Change.STATUS, "active", noon)
                            && is(history, rs.getString(4), Change.STATUS, "active", noon)
                            && is(history, rs.getString(4), Change.REVIEW_STATUS, "approved", noon)
                            && is(history, rs.getString(4), Change.CREATED, "true", noon);
                    if (!live) wrong.add(rs.getObject(1) + " " + rs.getString(4));
                }
            }
            return null;
        });
        assertThat(wrong).isEmpty();
        assertThat(scalar(demo.database(), "SELECT count(*) FROM facts WHERE campaign_id = 'c-1004' AND date > DATE '2026-09-30'")).isZero();
        assertThat(scalar(demo.database(), "SELECT count(*) FROM facts WHERE campaign_id = 'c-1004' AND date = DATE '2026-09-30'")).isPositive();
        assertThat(scalar(demo.database(), "SELECT count(*) FROM facts WHERE creative_id = 'cr-100312' AND date >= DATE '2026-11-10'")).isZero();
        assertThat(scalar(demo.database(), "SELECT count(*) FROM facts WHERE creative_id = 'cr-200221'")).isZero();
    }

    @Test
    void doubleElevenLiftsConversionRateAndRevenue() {
        double peakRevenue = real("SELECT sum(revenue) FROM facts WHERE advertiser_id = 'adv-1001' AND date = DATE '2026-11-11'");
        double weekRevenue = real("SELECT sum(revenue) / 5 FROM facts WHERE advertiser_id = 'adv-1001' "
                + "AND date BETWEEN DATE '2026-11-03' AND DATE '2026-11-07'");
        double peakCvr = real("SELECT sum(conversions) / sum(clicks) FROM facts WHERE advertiser_id = 'adv-1001' AND date = DATE '2026-11-11'");
        double weekCvr = real("SELECT sum(conversions) / sum(clicks) FROM facts WHERE advertiser_id = 'adv-1001' "
                + "AND date BETWEEN DATE '2026-11-03' AND DATE '2026-11-07'");
        assertThat(peakRevenue).isGreaterThan(1.15 * weekRevenue);
        assertThat(peakCvr).isGreaterThan(1.3 * weekCvr);
    }

    @Test
    void weekendsDifferFromWeekdays() {
        double weekend = real("SELECT avg(s) FROM (SELECT date, sum(impressions) s FROM facts WHERE advertiser_id = 'adv-1002' "
                + "AND date BETWEEN DATE '2026-03-01' AND DATE '2026-06-30' AND isodow(date) >= 6 GROUP BY date)");
        double weekday = real("SELECT avg(s) FROM (SELECT date, sum(impressions) s FROM facts WHERE advertiser_id = 'adv-1002' "
                + "AND date BETWEEN DATE '2026-03-01' AND DATE '2026-06-30' AND isodow(date) <= 4 GROUP BY date)");
        assertThat(weekend).isGreaterThan(1.05 * weekday);
    }

    @Test
    void objectivesAndAudiencesShapeTheRates() {
        double traffic = ctr("campaign_id = 'c-1003'");
        double conversions = ctr("campaign_id = 'c-1001'");
        double awareness = ctr("campaign_id = 'c-1004'");
        assertThat(traffic).isGreaterThan(conversions);
        assertThat(conversions).isGreaterThan(awareness);
        assertThat(real("SELECT sum(conversions) / sum(clicks) FROM facts WHERE campaign_id = 'c-2003'"))
                .isGreaterThan(real("SELECT sum(conversions) / sum(clicks) FROM facts WHERE campaign_id = 'c-1003'"));
        double android = real("SELECT sum(impressions) FROM facts WHERE advertiser_id = 'adv-1002' AND device = 'android'");
        double ios = real("SELECT sum(impressions) FROM facts WHERE advertiser_id = 'adv-1002' AND device = 'ios'");
        assertThat(android).isGreaterThan(ios);
        assertThat(scalar(demo.database(), "SELECT count(*) FROM facts WHERE ad_group_id = 'g-20021' AND device <> 'android'")).isZero();
        assertThat(scalar(demo.database(), "SELECT count(*) FROM facts WHERE ad_group_id = 'g-10011' AND gender = 'male'")).isZero();
    }

    @Test
    void newDaysArriveAsTimePassesAndAPauseStopsDelivery() {
        var clock = new MovableClock(OffsetDateTime.parse("2026-11-20T12:00:00+08:00").toInstant());
        try (Platform p = Platform.open(TestPlatforms.emptyDir("moving-"), clock,
                () -> startingOn(LocalDate.of(2026, 11, 15), 7), ReportGenerator.Progress.SILENT)) {
            assertThat(p.generator().generatedThrough()).isEqualTo(LocalDate.of(2026, 11, 19));
            var entities = new EntityStore(p.database());
            var updates = new EntityUpdates(p.database(), entities, p.generator(), clock);
            updates.updateCampaign("adv-1001", "c-1003", new Patch(Optional.empty(), Optional.empty(),
                    Optional.of("paused"), Optional.empty()));

            clock.set(OffsetDateTime.parse("2026-11-22T09:00:00+08:00").toInstant());
            p.generator().refreshTodayIfOlderThan(java.time.Duration.ofMinutes(5));

            assertThat(p.generator().generatedThrough()).isEqualTo(LocalDate.of(2026, 11, 21));
            double before = real(p.database(), "SELECT sum(cost) FROM facts WHERE campaign_id = 'c-1003' AND date = DATE '2026-11-19'");
            double pauseDay = real(p.database(), "SELECT sum(cost) FROM facts WHERE campaign_id = 'c-1003' AND date = DATE '2026-11-20'");
            assertThat(pauseDay).isPositive().isLessThan(0.6 * before);
            assertThat(scalar(p.database(), "SELECT count(*) FROM facts_all WHERE campaign_id = 'c-1003' AND date >= DATE '2026-11-21'")).isZero();
            assertThat(scalar(p.database(), "SELECT count(*) FROM facts WHERE campaign_id = 'c-1001' AND date = DATE '2026-11-21'")).isPositive();
        }
    }

    private double ctr(String where) {
        return real("SELECT sum(clicks) / sum(impressions) FROM facts WHERE " + where);
    }

    private double real(String sql) {
        return real(demo.database(), sql);
    }

    private static double real(PlatformDb db, String sql) {
        return db.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getDouble(1);
            }
        });
    }

    private static long scalar(PlatformDb db, String sql) {
        return (long) real(db, sql);
    }

    private static boolean is(Timelines t, String id, String field, String value, Instant at) {
        return t.valueAt(id, field, at).map(value::equals).orElse(false);
    }

    private static PlatformSeed startingOn(LocalDate start, long seed) {
        PlatformSeed demo = DemoSeed.load();
        return new PlatformSeed(demo.catalog(), demo.history(), start, seed);
    }

    private static Platform shortPlatform(long seed) {
        return Platform.open(TestPlatforms.emptyDir("short-"), TestPlatforms.CLOCK,
                () -> startingOn(LocalDate.of(2026, 11, 1), seed), ReportGenerator.Progress.SILENT);
    }

    private static String checksum(Platform p) {
        try (p) {
            return p.database().withConnection(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("""
                        SELECT count(*), sum(impressions), sum(clicks), sum(cost), sum(conversions), sum(revenue),
                               bit_xor(hash(date, creative_id, region, device, gender, age, impressions, clicks, cost,
                                            conversions, revenue))
                        FROM facts_all""")) {
                    rs.next();
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= 7; i++) sb.append(rs.getString(i)).append('|');
                    return sb.toString();
                }
            });
        }
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
