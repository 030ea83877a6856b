package io.adcopilot.sandbox.generate;

import io.adcopilot.sandbox.PlatformTime;
import io.adcopilot.sandbox.history.Timelines;
import io.adcopilot.sandbox.store.EntityStore;
import io.adcopilot.sandbox.store.PlatformDb;
import io.adcopilot.sandbox.store.PlatformState;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the report facts up to date: every full day from the first day to yesterday in {@code facts}, and today so
 * far in {@code facts_today}. Days are written a month at a time, each month in its own transaction together with
 * the mark of how far generation got, so an interrupted run resumes where it stopped.
 */
public final class ReportGenerator {

    /** Told after each written chunk. */
    @FunctionalInterface
    public interface Progress {
        void generated(LocalDate through, long rows, int percent);

        Progress SILENT = (through, rows, percent) -> {};
    }

    static final String SEED = "seed";
    static final String START_DATE = "start_date";
    static final String GENERATED_THROUGH = "generated_through";
    static final String TODAY_AS_OF = "today_as_of";
    private static final int CHUNK_DAYS = 31;

    private final PlatformDb db;
    private final EntityStore entities;
    private final PlatformState state;
    private final Clock clock;
    private volatile LocalDate generatedThrough;
    private volatile Instant todayAsOf;
    /** Today's cost so far per advertiser and campaign, as of {@link #todayAsOf}. */
    private volatile Map<String, Map<String, BigDecimal>> todaySpend;

    public ReportGenerator(PlatformDb db, EntityStore entities, PlatformState state, Clock clock) {
        this.db = db;
        this.entities = entities;
        this.state = state;
        this.clock = clock;
    }

    /** Records the seed and first day of a new platform. */
    public void initialize(long seed, LocalDate startDate) {
        state.put(SEED, Long.toString(seed));
        state.put(START_DATE, startDate.toString());
    }

    public LocalDate startDate() {
        return LocalDate.parse(state.get(START_DATE).orElseThrow(() -> new IllegalStateException("platform not seeded")));
    }

    /** The last full day with facts, or the day before the first day when none are written yet. */
    public LocalDate generatedThrough() {
        LocalDate through = generatedThrough;
        if (through == null) {
            through = state.get(GENERATED_THROUGH).map(LocalDate::parse).orElse(startDate().minusDays(1));
            generatedThrough = through;
        }
        return through;
    }

    /** When today's partial facts were last computed. */
    public Instant todayAsOf() {
        Instant asOf = todayAsOf;
        if (asOf == null) {
            asOf = state.get(TODAY_AS_OF).map(Instant::parse).orElse(Instant.EPOCH);
            todayAsOf = asOf;
        }
        return asOf;
    }

    /** How many full-day fact rows there are. */
    public long factRows() {
        return db.withConnection(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM facts")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Writes every missing full day up to yesterday; returns the number of rows written. */
    public synchronized long catchUp(Progress progress) {
        LocalDate from = generatedThrough().plusDays(1);
        LocalDate to = PlatformTime.today(clock).minusDays(1);
        if (from.isAfter(to)) return 0;
        long total = ChronoUnit.DAYS.between(from, to) + 1;
        DeliveryPlanner planner = planner();
        long rows = 0;
        for (LocalDate chunk = from; !chunk.isAfter(to); chunk = chunk.plusDays(CHUNK_DAYS)) {
            LocalDate first = chunk;
            LocalDate last = min(chunk.plusDays(CHUNK_DAYS - 1), to);
            rows += db.inTransaction(c -> {
                prepare(c, planner, first, last);
                List<PlanRow> plan = new ArrayList<>();
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    plan.addAll(planner.plan(d, PlatformTime.startOf(d.plusDays(1))));
                }
                long written = FactWriter.write(c, "facts", plan);
                FactWriter.cleanUp(c);
                PlatformState.put(c, GENERATED_THROUGH, last.toString());
                return written;
            });
            generatedThrough = last;
            long done = ChronoUnit.DAYS.between(from, last) + 1;
            progress.generated(last, rows, (int) (100 * done / total));
        }
        return rows;
    }

    /** Recomputes today's facts so far (after catching up on any full days that have passed). */
    public synchronized void refreshToday() {
        catchUp(Progress.SILENT);
        Instant now = clock.instant();
        LocalDate today = PlatformTime.today(clock);
        DeliveryPlanner planner = planner();
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM facts_today");
            }
            prepare(c, planner, today, today);
            FactWriter.write(c, "facts_today", planner.plan(today, now));
            FactWriter.cleanUp(c);
            PlatformState.put(c, TODAY_AS_OF, now.toString());
            return null;
        });
        todaySpend = readTodaySpend();
        todayAsOf = now;
    }

    /** Refreshes today's facts when they are older than {@code age} or from another day. */
    public void refreshTodayIfOlderThan(Duration age) {
        Instant asOf = todayAsOf();
        boolean otherDay = !PlatformTime.today(Clock.fixed(asOf, PlatformTime.ZONE)).equals(PlatformTime.today(clock));
        if (otherDay || asOf.isBefore(clock.instant().minus(age))) refreshToday();
    }

    /** Today's cost so far per campaign of an advertiser, no older than {@code maxAge}. */
    public Map<String, BigDecimal> todaySpend(String advertiserId, Duration maxAge) {
        refreshTodayIfOlderThan(maxAge);
        Map<String, Map<String, BigDecimal>> spend = todaySpend;
        if (spend == null) {
            spend = readTodaySpend();
            todaySpend = spend;
        }
        return spend.getOrDefault(advertiserId, Map.of());
    }

    private Map<String, Map<String, BigDecimal>> readTodaySpend() {
        return db.withConnection(c -> {
            Map<String, Map<String, BigDecimal>> out = new HashMap<>();
            try (var rs = c.createStatement().executeQuery(
                    "SELECT advertiser_id, campaign_id, sum(cost) FROM facts_today GROUP BY ALL")) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                }
            }
            return out;
        });
    }

    private DeliveryPlanner planner() {
        long seed = Long.parseLong(state.get(SEED).orElseThrow());
        return new DeliveryPlanner(entities.catalog(), new Timelines(entities.changes()), AudienceMix.segments(),
                seed, startDate());
    }

    private static void prepare(Connection c, DeliveryPlanner planner, LocalDate from, LocalDate to)
            throws SQLException {
        FactWriter.prepare(c, planner.segments(), planner.episodes(from, to));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
