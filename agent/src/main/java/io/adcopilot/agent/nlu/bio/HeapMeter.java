package io.adcopilot.agent.nlu.bio;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Measures the Java heap while some work runs: the most in use at any sample (garbage included, so it depends on
 * the collector) and the most still in use right after a garbage collection (what the work really holds). The
 * whole heap is counted, including what was in use before the work started.
 */
public final class HeapMeter {

    /** Peaks of heap use, in bytes. */
    public record Peak(long usedBytes, long liveBytes) {

        public long usedMb() {
            return usedBytes >> 20;
        }

        public long liveMb() {
            return liveBytes >> 20;
        }
    }

    private static final long SAMPLE_MILLIS = 5;

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final NotificationListener afterCollection = this::onCollection;
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapMeter() {
        sampler = new Thread(this::sample, "heap-meter");
        sampler.setDaemon(true);
    }

    public static HeapMeter start() {
        HeapMeter meter = new HeapMeter();
        for (GarbageCollectorMXBean collector : collectors()) {
            ((NotificationEmitter) collector).addNotificationListener(meter.afterCollection, null, null);
        }
        meter.recordUsed();
        meter.sampler.start();
        return meter;
    }

    /**
     * Stops measuring. Call it while the results of the work are still reachable: it collects garbage once more
     * so that what the work holds at its end counts as live.
     */
    public Peak stop() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.gc();
        long afterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakLive.accumulateAndGet(afterGc, Math::max);
        for (GarbageCollectorMXBean collector : collectors()) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(afterCollection);
            } catch (javax.management.ListenerNotFoundException e) {
                // never added to this collector
            }
        }
        return new Peak(Math.max(peakUsed.get(), peakLive.get()), peakLive.get());
    }

    private void sample() {
        while (running) {
            recordUsed();
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void recordUsed() {
        peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    }

    private void onCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long live = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) live += pool.getValue().getUsed();
        }
        peakLive.accumulateAndGet(live, Math::max);
    }

    private static List<GarbageCollectorMXBean> collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans();
    }
}
