package io.adcopilot.server;

import io.adcopilot.core.db.Database;
import io.adcopilot.core.trace.Tracer;
import io.adcopilot.eval.online.AnnotationStore;
import io.adcopilot.eval.online.Dashboard;
import io.adcopilot.eval.online.DuckDbAnnotationStore;
import io.adcopilot.eval.online.FeedbackStore;
import io.adcopilot.eval.online.Monitor;
import io.adcopilot.eval.online.MonitorStore;
import io.adcopilot.eval.online.Monitors;
import io.adcopilot.eval.online.OnlineEvaluation;
import io.adcopilot.core.trace.SpanRecord;
import io.adcopilot.eval.trace.DuckDbTraceStore;
import io.adcopilot.eval.trace.OtlpExport;
import io.adcopilot.eval.trace.SpanQueue;
import io.adcopilot.eval.trace.TraceStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Traces and online evaluation, wired: spans go through a bounded queue into the trace store; each completed turn
 * is evaluated (flags, sampling); monitors are checked every minute and after each label. Wall-clock time
 * throughout, whatever the platform's clock.
 */
record Observability(TraceStore traces, SpanQueue queue, Tracer tracer, FeedbackStore feedback,
                     AnnotationStore annotations, OnlineEvaluation online, MonitorStore monitorStore, Monitors monitors,
                     Dashboard dashboard, ScheduledExecutorService background, Optional<OtlpExport> export)
        implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Observability.class);

    /** The monitor a new data directory starts with: online intent accuracy's water level. */
    static final Monitor DEFAULT_MONITOR = new Monitor("online-intent-accuracy", "Online intent accuracy",
            Monitor.Metric.ONLINE_INTENT_ACCURACY, 0.9, 7, 20, null);

    static Observability open(Database db, Optional<String> webhook, Optional<String> otlpEndpoint) {
        Clock clock = Clock.systemUTC();
        var traces = new DuckDbTraceStore(db);
        var annotations = new DuckDbAnnotationStore(db, clock);
        var online = new OnlineEvaluation(traces, annotations, OnlineEvaluation.defaultRules());
        Optional<OtlpExport> export = otlpEndpoint.map(OtlpExport::new);
        export.ifPresent(e -> LOG.info("exporting spans over OTLP to {}", otlpEndpoint.get()));
        var queue = SpanQueue.defaults(traces, online::completed, export.<Consumer<List<SpanRecord>>>map(e -> e)
                .orElse(batch -> { }));
        var monitorStore = new MonitorStore(db);
        if (monitorStore.all().isEmpty()) monitorStore.save(DEFAULT_MONITOR);
        var dashboard = new Dashboard(db);
        var monitors = new Monitors(monitorStore, annotations, dashboard, webhook, clock);
        ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "monitors");
            t.setDaemon(true);
            return t;
        });
        background.scheduleWithFixedDelay(() -> {
            try {
                monitors.check();
            } catch (RuntimeException e) {
                LOG.error("checking monitors failed", e);
            }
        }, 1, 1, TimeUnit.MINUTES);
        return new Observability(traces, queue, new Tracer(queue, clock), new FeedbackStore(db), annotations, online,
                monitorStore, monitors, dashboard, background, export);
    }

    @Override
    public void close() {
        background.shutdownNow();
        queue.close();
        export.ifPresent(OtlpExport::close);
    }
}
