package io.adcopilot.eval.trace;

import io.adcopilot.core.trace.SpanKind;
import io.adcopilot.core.trace.SpanRecord;
import io.adcopilot.core.trace.SpanSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes finished spans off the request path: a bounded queue that never blocks the caller (a span that does not fit
 * is dropped and counted), drained by one writer thread in batches of up to {@code batchSize} or every
 * {@code lingerMillis}. After each batch, the ids of the turns it completed go to {@code completed} (online
 * evaluation).
 */
public final class SpanQueue implements SpanSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SpanQueue.class);

    /** Counters: spans accepted, written, dropped because the queue was full, lost in failed batches, and queued now. */
    public record Stats(long accepted, long written, long dropped, long failed, int queued) {}

    private final BlockingQueue<SpanRecord> queue;
    private final TraceStore store;
    private final int batchSize;
    private final long lingerMillis;
    private final Consumer<List<String>> completed;
    private final Consumer<List<SpanRecord>> exporter;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Object idle = new Object();
    private final Thread writer;
    private volatile boolean running = true;

    public SpanQueue(TraceStore store, int capacity, int batchSize, long lingerMillis, Consumer<List<String>> completed) {
        this(store, capacity, batchSize, lingerMillis, completed, batch -> { });
    }

    /** As above; each written batch is also handed to {@code exporter} (an OTLP export), on the writer's thread. */
    public SpanQueue(TraceStore store, int capacity, int batchSize, long lingerMillis, Consumer<List<String>> completed,
                     Consumer<List<SpanRecord>> exporter) {
        this.exporter = exporter;
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.lingerMillis = lingerMillis;
        this.completed = completed;
        this.writer = new Thread(this::drain, "span-writer");
        writer.setDaemon(true);
        writer.start();
    }

    public static SpanQueue defaults(TraceStore store, Consumer<List<String>> completed,
                                     Consumer<List<SpanRecord>> exporter) {
        return new SpanQueue(store, 100_000, 5_000, 200, completed, exporter);
    }

    @Override
    public void accept(SpanRecord span) {
        if (!offer(span)) dropped.incrementAndGet();
    }

    /** Queues a span if there is room; false (and nothing counted as dropped) when the queue is full. */
    public boolean offer(SpanRecord span) {
        if (!queue.offer(span)) return false;
        accepted.incrementAndGet();
        return true;
    }

    public Stats stats() {
        return new Stats(accepted.get(), written.get(), dropped.get(), failed.get(), queue.size());
    }

    /** Waits until everything accepted so far is written (for tests and shutdown). */
    public void flush() {
        long target = accepted.get();
        synchronized (idle) {
            while (running && writer.isAlive() && written.get() + failed.get() < target) {
                try {
                    idle.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void drain() {
        List<SpanRecord> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                SpanRecord first = queue.poll(lingerMillis, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(lingerMillis);
                while (batch.size() < batchSize) {
                    if (queue.drainTo(batch, batchSize - batch.size()) == 0) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) break;
                        SpanRecord next = queue.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(10)), TimeUnit.NANOSECONDS);
                        if (next != null) batch.add(next);
                    }
                }
                write(batch);
            } catch (InterruptedException e) {
                if (!running) break;
            } finally {
                batch.clear();
                synchronized (idle) {
                    idle.notifyAll();
                }
            }
        }
    }

    private void write(List<SpanRecord> batch) {
        try {
            store.write(batch);
        } catch (RuntimeException e) {
            failed.addAndGet(batch.size());
            LOG.error("could not write {} spans; they are lost", batch.size(), e);
            return;
        }
        List<String> turns = batch.stream().filter(s -> s.parentId() == null && s.kind() == SpanKind.TURN)
                .map(SpanRecord::traceId).toList();
        try {
            if (!turns.isEmpty()) completed.accept(turns);
        } catch (RuntimeException e) {
            LOG.error("evaluating completed turns failed", e);
        }
        try {
            exporter.accept(batch);
        } catch (RuntimeException e) {
            LOG.warn("exporting {} spans failed: {}", batch.size(), e.getMessage());
        }
        written.addAndGet(batch.size());
    }

    @Override
    public void close() {
        flush();
        running = false;
        writer.interrupt();
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (queue.size() > 0) LOG.warn("{} spans were not written at shutdown", queue.size());
    }
}
