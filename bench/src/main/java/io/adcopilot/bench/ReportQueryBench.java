package io.adcopilot.bench;

import io.adcopilot.sandbox.Platform;
import io.adcopilot.sandbox.PlatformTime;
import io.adcopilot.sandbox.catalog.DemoSeed;
import io.adcopilot.sandbox.catalog.PlatformSeed;
import io.adcopilot.sandbox.catalog.SyntheticSeed;
import io.adcopilot.sandbox.report.Dimension;
import io.adcopilot.sandbox.report.Metric;
import io.adcopilot.sandbox.report.ReportQuery;
import io.adcopilot.sandbox.report.ReportStore;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Report-query latency: a 7-day, filtered, grouped query through the platform API over HTTP, and the same SQL run
 * directly on DuckDB in the same process. Usage: {@code ReportQueryBench ADVERTISERS DAYS [ITERATIONS]} builds
 * (once) a platform of the demo plus ADVERTISERS synthetic advertisers with DAYS days of reports under
 * {@code bench/target/data}.
 */
public final class ReportQueryBench {

    public static void main(String[] args) throws Exception {
        int advertisers = Integer.parseInt(args[0]);
        int days = Integer.parseInt(args[1]);
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Clock clock = Clock.systemUTC();
        LocalDate yesterday = PlatformTime.today(clock).minusDays(1);
        Path dir = Path.of("bench", "target", "data", "a" + advertisers + "-d" + days);
        long began = System.nanoTime();
        try (Platform platform = Platform.open(dir, clock, () -> {
            PlatformSeed demo = DemoSeed.load();
            LocalDate start = yesterday.minusDays(days - 1);
            return new PlatformSeed(demo.catalog(), demo.history(), start, demo.seed())
                    .plus(SyntheticSeed.generate(advertisers, start, demo.seed()));
        }, (through, rows, percent) -> System.err.printf("generated through %s: %,d rows%n", through, rows))) {
            long rows = platform.generator().factRows();
            System.err.printf("platform ready: %,d fact rows (%.1f s)%n", rows, (System.nanoTime() - began) / 1e9);
            Javalin app = Javalin.create(c -> {
                c.startup.showJavalinBanner = false;
                c.jetty.port = 0;
                platform.addRoutes(c.routes);
            }).start();
            try {
                String token = platform.tokens().issue("adv-1001");
                LocalDate start = yesterday.minusDays(6);
                String body = """
                        {"metrics": ["cost", "impressions", "clicks", "conversions", "ctr", "cpa"],
                         "dimensions": ["region"], "filters": {"device": ["android"]},
                         "time_range": {"start": "%s", "end": "%s"}}""".formatted(start, yesterday);
                ReportQuery query = new ReportQuery("adv-1001",
                        List.of(Metric.COST, Metric.IMPRESSIONS, Metric.CLICKS, Metric.CONVERSIONS, Metric.CTR, Metric.CPA),
                        List.of(Dimension.REGION), Map.of(Dimension.DEVICE, List.of("android")), start, yesterday,
                        Optional.empty(), ReportQuery.DEFAULT_LIMIT);

                HttpClient client = HttpClient.newHttpClient();
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                                + "/platform/v1/reports/query"))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                Latencies api = new Latencies(iterations);
                Latencies sql = new Latencies(iterations);
                for (int i = 0; i < iterations / 5; i++) {
                    send(client, request);
                    direct(platform, query);
                }
                for (int i = 0; i < iterations; i++) {
                    long t0 = System.nanoTime();
                    send(client, request);
                    api.add(System.nanoTime() - t0);
                    t0 = System.nanoTime();
                    direct(platform, query);
                    sql.add(System.nanoTime() - t0);
                }
                System.out.printf("| %,d | %d | %.1f | %.1f | %.1f | %.1f | %.2f |%n", rows, iterations,
                        api.percentileMillis(50), api.percentileMillis(95), sql.percentileMillis(50),
                        sql.percentileMillis(95), api.percentileMillis(50) / sql.percentileMillis(50));
            } finally {
                app.stop();
            }
        }
    }

    private static void send(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " " + r.body());
    }

    /** The same two statements the API runs (rows and totals), read to the end. */
    private static void direct(Platform platform, ReportQuery query) {
        platform.database().withConnection(c -> {
            for (ReportStore.Statement s : List.of(ReportStore.rowsStatement(query), ReportStore.totalsStatement(query))) {
                try (PreparedStatement ps = c.prepareStatement(s.sql())) {
                    for (int i = 0; i < s.params().size(); i++) ps.setObject(i + 1, s.params().get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) rs.getObject(1);
                    }
                }
            }
            return null;
        });
    }
}
