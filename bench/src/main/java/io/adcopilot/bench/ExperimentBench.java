package io.adcopilot.bench;

import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.agent.nlu.embedded.BuiltInExamples;
import io.adcopilot.eval.dataset.DatasetJsonl;
import io.adcopilot.eval.experiment.DatasetRef;
import io.adcopilot.eval.experiment.Experiment;
import io.adcopilot.eval.experiment.ExperimentRunner;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.server.AdCopilotServer;
import io.adcopilot.server.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Experiment throughput: the embedded engine over the built-in examples (every intent, with and without history,
 * three advertisers) as {@code eval run} runs it — warm-up per advertiser, items spread over threads, each timed,
 * scored by the spec at the end. One untimed experiment first warms the JIT; then {@code ROUNDS} experiments for
 * each thread count, each printed. Usage: {@code ExperimentBench [ROUNDS] [THREADS...]} (default 3 rounds, 1 and 2
 * threads).
 */
public final class ExperimentBench {

    public static void main(String[] args) throws Exception {
        run(args);
        System.exit(0); // mcp-core 2.1.0 leaves its session-sweeper thread (not a daemon) running after close
    }

    private static void run(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<Integer> threads = args.length > 1
                ? java.util.Arrays.stream(args, 1, args.length).map(Integer::parseInt).toList() : List.of(1, 2);
        Path dir = Files.createTempDirectory("experiment-bench-");
        long started = System.nanoTime();
        try (var server = AdCopilotServer.start(new ServerConfig(dir, 0, Clock.systemUTC()).withoutReports(),
                ReportGenerator.Progress.SILENT)) {
            System.err.printf("started (platform, gateway, engine trained) in %.1f s%n", (System.nanoTime() - started) / 1e9);
            List<DatasetItem> items = BuiltInExamples.all();
            DatasetRef dataset = DatasetRef.file("built-in-examples",
                    DatasetJsonl.hash(items.stream().map(DatasetItem::toJson).toList()));
            ExperimentRunner runner = new ExperimentRunner(Clock.systemUTC());
            Experiment warm = runner.run(dataset, items, server.nlu(), server::principal,
                    ExperimentRunner.Options.named("warm-up").withThreads(2));
            System.err.printf("warm-up experiment: %d items in %.2f s%n", warm.items().size(), warm.wallSeconds());
            System.out.printf("| threads | round | items | wall s | items/s | p50 ms | p99 ms | intent acc |%n");
            System.out.printf("|---:|---:|---:|---:|---:|---:|---:|---:|%n");
            for (int t : threads) {
                for (int r = 1; r <= rounds; r++) {
                    Experiment e = runner.run(dataset, items, server.nlu(), server::principal,
                            ExperimentRunner.Options.named("bench").withThreads(t));
                    System.out.printf("| %d | %d | %d | %.2f | %.0f | %.2f | %.2f | %.4f |%n", t, r, e.items().size(),
                            e.wallSeconds(), e.throughput(), e.latency().p50(), e.latency().p99(),
                            e.scores().intentAccuracy());
                }
            }
        }
    }
}
