package io.adcopilot.bench;

import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.agent.nlu.embedded.BuiltInExamples;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.server.AdCopilotServer;
import io.adcopilot.server.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Latency of the embedded engine's {@code understand} on short utterances (the built-in examples without history,
 * at most 20 characters), one at a time after warm-up, then throughput with 8 threads. Entity catalogs come through
 * the gateway and are cached, as in the server. Usage: {@code NluBench [CALLS]}.
 */
public final class NluBench {

    public static void main(String[] args) throws Exception {
        run(args);
        System.exit(0); // mcp-core 2.1.0 leaves its session-sweeper thread (not a daemon) running after close
    }

    private static void run(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path dir = Files.createTempDirectory("nlu-bench-");
        long started = System.nanoTime();
        try (var server = AdCopilotServer.start(new ServerConfig(dir, 0, Clock.systemUTC()).withoutReports(),
                ReportGenerator.Progress.SILENT)) {
            System.err.printf("started (platform, gateway, engine trained) in %.1f s%n", (System.nanoTime() - started) / 1e9);
            List<DatasetItem> items = BuiltInExamples.all().stream()
                    .filter(i -> i.history().isEmpty() && i.text().length() <= 20).toList();
            List<Principal> principals = List.of(server.principal("adv-1001"), server.principal("adv-1002"),
                    server.principal("adv-1003"));
            var engine = server.nlu();
            java.util.function.IntConsumer once = i -> {
                DatasetItem item = items.get(i % items.size());
                Principal p = principals.stream().filter(x -> x.advertiserId().equals(item.advertiser())).findFirst().orElseThrow();
                engine.understand(item.text(), new NluContext(p, item.now().toZonedDateTime(), List.of()));
            };
            for (int i = 0; i < 2000; i++) once.accept(i);
            Latencies latencies = new Latencies(calls);
            for (int i = 0; i < calls; i++) {
                long t0 = System.nanoTime();
                once.accept(i);
                latencies.add(System.nanoTime() - t0);
            }
            System.out.printf("| understand, 1 thread | %d calls, %d utterances | p50 %.2f ms | p99 %.2f ms | mean %.2f ms |%n",
                    calls, items.size(), latencies.percentileMillis(50), latencies.percentileMillis(99), latencies.meanMillis());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            List<Future<Long>> counts = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 97;
                counts.add(pool.submit(() -> {
                    long n = 0;
                    while (System.nanoTime() < end) once.accept((int) (offset + n++));
                    return n;
                }));
            }
            long total = 0;
            for (Future<Long> f : counts) total += f.get();
            pool.shutdown();
            System.out.printf("| understand, 8 threads, 10 s | %.0f utterances/s |%n", total / 10.0);
        }
    }
}
