package io.adcopilot.eval.experiment;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.NluEngine;
import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.eval.nlu.Prediction;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs an engine over a dataset's items as an {@link Experiment}: each item understood in its own context (its
 * {@code now}, its history, a principal of its advertiser), timed, its usage taken when the engine reports it, and
 * an engine failure on one item recorded as that item's error rather than ending the run. Items are spread over
 * {@code threads} threads (engines are thread-safe); results keep the dataset's order.
 */
public final class ExperimentRunner {

    /**
     * How to run: the experiment's name (a default is made when null), threads, usage source and prices, and
     * whether to warm up: before the clock starts, the first item of each advertiser is understood once and not
     * recorded, so that one-time costs (the advertiser's entity catalog, caches, JIT) do not land on whichever
     * items come first, and concurrent first calls do not pile up on them.
     */
    public record Options(String name, int threads, Optional<UsageSource> usage, Optional<Pricing> pricing,
                          boolean warmUp) {

        public Options {
            if (threads < 1) throw new IllegalArgumentException("threads must be ≥ 1: " + threads);
        }

        /** Named, on as many threads as there are processors, warmed up, without usage. */
        public static Options named(String name) {
            return new Options(name, Runtime.getRuntime().availableProcessors(), Optional.empty(), Optional.empty(), true);
        }

        public Options withThreads(int threads) {
            return new Options(name, threads, usage, pricing, warmUp);
        }

        public Options withUsage(UsageSource source, Optional<Pricing> pricing) {
            return new Options(name, threads, Optional.of(source), pricing, warmUp);
        }

        public Options withoutWarmUp() {
            return new Options(name, threads, usage, pricing, false);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    public ExperimentRunner(Clock clock) {
        this.clock = clock;
    }

    public Experiment run(DatasetRef dataset, List<DatasetItem> items, NluEngine engine,
                          Function<String, Principal> principals, Options options) {
        for (DatasetItem item : items) {
            if (item.intent() == null) throw new IllegalArgumentException("item " + item.id() + " has no intent label");
        }
        Instant created = clock.instant();
        if (options.warmUp()) warmUp(items, engine, principals);
        long started = System.nanoTime();
        List<ItemResult> results = options.threads() == 1 || items.size() < 2
                ? items.stream().map(i -> understand(i, engine, principals, options.usage())).toList()
                : inParallel(items, engine, principals, options);
        double wall = (System.nanoTime() - started) / 1e9;
        String name = options.name() != null && !options.name().isBlank() ? options.name()
                : dataset.name() + "-" + engine.name();
        return Experiment.of(newId(), name, dataset, engine.name(), created, wall, options.threads(),
                options.pricing(), results);
    }

    private static List<ItemResult> inParallel(List<DatasetItem> items, NluEngine engine,
                                               Function<String, Principal> principals, Options options) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), items.size()), r -> {
            Thread t = new Thread(r, "experiment");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ItemResult>> futures = new ArrayList<>(items.size());
            for (DatasetItem item : items) {
                futures.add(pool.submit(() -> understand(item, engine, principals, options.usage())));
            }
            List<ItemResult> out = new ArrayList<>(items.size());
            for (Future<ItemResult> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the experiment was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the experiment failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void warmUp(List<DatasetItem> items, NluEngine engine, Function<String, Principal> principals) {
        Set<String> advertisers = new HashSet<>();
        for (DatasetItem item : items) {
            if (!advertisers.add(item.advertiser())) continue;
            try {
                engine.understand(item.text(), item.context(principals));
            } catch (RuntimeException ignored) {
                // the measured run records it
            }
        }
    }

    static ItemResult understand(DatasetItem item, NluEngine engine, Function<String, Principal> principals,
                                 Optional<UsageSource> usage) {
        usage.ifPresent(UsageSource::take);
        long t0 = System.nanoTime();
        Prediction prediction;
        Optional<String> error = Optional.empty();
        try {
            Frame frame = engine.understand(item.text(), item.context(principals));
            prediction = new Prediction(item.id(), frame.intent(), frame.slots().toJson(), frame.confidence());
        } catch (RuntimeException e) {
            prediction = new Prediction(item.id(), null, Json.object(), 0);
            error = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        double millis = Math.round((System.nanoTime() - t0) / 1e3) / 1e3;
        return new ItemResult(item.id(), item.text(), item.intent(), item.slots().toJson(), prediction, millis,
                usage.map(UsageSource::take), error);
    }

    static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "exp_" + HexFormat.of().formatHex(bytes);
    }
}
