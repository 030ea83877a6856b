package io.adcopilot.sandbox;

import io.adcopilot.sandbox.api.PlatformRoutes;
import io.adcopilot.sandbox.auth.PlatformTokens;
import io.adcopilot.sandbox.catalog.Advertiser;
import io.adcopilot.sandbox.catalog.DemoSeed;
import io.adcopilot.sandbox.catalog.PlatformSeed;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.sandbox.manage.EntityUpdates;
import io.adcopilot.sandbox.report.ReportStore;
import io.adcopilot.sandbox.store.EntityStore;
import io.adcopilot.sandbox.store.PlatformDb;
import io.adcopilot.sandbox.store.PlatformState;
import io.javalin.config.RoutesConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference ad platform in one place: its database under a data directory, its generator, its rules and its
 * REST API. Opening an empty data directory seeds the demo catalog and generates its reports.
 */
public final class Platform implements AutoCloseable {

    public static final String DATABASE_FILE = "platform.duckdb";
    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);

    private final PlatformDb db;
    private final EntityStore entities;
    private final ReportStore reports;
    private final ReportGenerator generator;
    private final PlatformTokens tokens;
    private final PlatformRoutes routes;
    private final ScheduledExecutorService refresher;

    private Platform(PlatformDb db, Path dataDir, Clock clock) {
        this.db = db;
        this.entities = new EntityStore(db);
        this.reports = new ReportStore(db);
        this.generator = new ReportGenerator(db, entities, new PlatformState(db), clock);
        this.tokens = PlatformTokens.inDataDir(dataDir);
        var updates = new EntityUpdates(db, entities, generator, clock);
        this.routes = new PlatformRoutes(entities, reports, updates, generator, tokens, clock);
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "platform-refresh");
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens the platform in {@code dataDir}, seeding the demo catalog if it is new, and brings reports up to date. */
    public static Platform open(Path dataDir, Clock clock, ReportGenerator.Progress progress) {
        return open(dataDir, clock, DemoSeed::load, progress);
    }

    /** Opens the platform, seeding it from {@code seed} if it is new, and brings reports up to date. */
    public static Platform open(Path dataDir, Clock clock, java.util.function.Supplier<PlatformSeed> seed,
                                ReportGenerator.Progress progress) {
        return open(dataDir, clock, seed, progress, true);
    }

    /**
     * Opens the platform, seeding it from {@code seed} if it is new; with {@code reports} false, no report data is
     * generated (for tools that need only the entities, such as NLU evaluation).
     */
    public static Platform open(Path dataDir, Clock clock, java.util.function.Supplier<PlatformSeed> seed,
                                ReportGenerator.Progress progress, boolean reports) {
        var platform = new Platform(PlatformDb.open(dataDir.resolve(DATABASE_FILE)), dataDir, clock);
        try {
            if (platform.entities.isEmpty()) {
                PlatformSeed s = seed.get();
                platform.entities.insert(s.catalog(), s.history());
                platform.generator.initialize(s.seed(), s.startDate());
            }
            if (reports) {
                platform.generator.catchUp(progress);
                platform.generator.refreshToday();
            }
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    /** Keeps reports current while the platform runs: new days as they pass, today's facts every few minutes. */
    public void keepFresh(Duration every) {
        refresher.scheduleWithFixedDelay(() -> {
            try {
                generator.refreshTodayIfOlderThan(every);
            } catch (RuntimeException e) {
                LOG.warn("refreshing report data failed; will retry", e);
            }
        }, every.toSeconds(), every.toSeconds(), TimeUnit.SECONDS);
    }

    public void addRoutes(RoutesConfig config) {
        routes.addTo(config);
    }

    /** The OpenAPI document served at {@code /platform/v1/openapi.json}. */
    public String openApiDocument() {
        return routes.openApi();
    }

    public PlatformTokens tokens() {
        return tokens;
    }

    public List<Advertiser> advertisers() {
        return entities.catalog().advertisers();
    }

    public ReportGenerator generator() {
        return generator;
    }

    /** The database, for benchmarks and tests that compare against direct SQL. */
    public PlatformDb database() {
        return db;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        db.close();
    }
}
