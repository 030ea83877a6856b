package io.adcopilot.eval.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.db.Database;
import io.adcopilot.core.trace.SpanKind;
import io.adcopilot.core.trace.SpanRecord;
import io.adcopilot.core.trace.Span;
import io.adcopilot.core.trace.Tracer;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SpanQueueTest {

    private static SpanRecord span(String trace, String id, String parent, SpanKind kind) {
        Instant t = Instant.parse("2026-11-20T02:00:00Z");
        return new SpanRecord(trace, id, parent, kind.key(), kind, t, t.plusMillis(5), "ok", null, Map.of("k", "v"));
    }

    @Test
    void spansAreWrittenInBatchesAndCompletedTurnsReported() {
        try (Database db = Database.inMemory()) {
            var store = new DuckDbTraceStore(db);
            List<String> completed = new CopyOnWriteArrayList<>();
            try (var queue = new SpanQueue(store, 1000, 10, 20, completed::addAll)) {
                for (int i = 0; i < 25; i++) {
                    String trace = String.format("%032x", i);
                    queue.accept(span(trace, String.format("%016x", 2 * i + 1), String.format("%016x", 2 * i), SpanKind.NLU));
                    queue.accept(span(trace, String.format("%016x", 2 * i), null, SpanKind.TURN));
                }
                queue.flush();
                assertThat(queue.stats().written()).isEqualTo(50);
                assertThat(completed).hasSize(25);
                assertThat(store.spans(String.format("%032x", 7))).extracting(SpanRecord::kind)
                        .containsExactlyInAnyOrder(SpanKind.TURN, SpanKind.NLU);
            }
        }
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfBlocking() {
        try (Database db = Database.inMemory()) {
            var real = new DuckDbTraceStore(db);
            TraceStore slow = new TraceStore() {
                @Override
                public void write(List<SpanRecord> spans) {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    real.write(spans);
                }

                @Override
                public List<SpanRecord> spans(String traceId) {
                    return real.spans(traceId);
                }

                @Override
                public java.util.Optional<TraceSummary> summary(String traceId) {
                    return real.summary(traceId);
                }

                @Override
                public List<TraceSummary> list(TraceQuery query) {
                    return real.list(query);
                }

                @Override
                public java.util.Optional<TraceSummary> previous(TraceSummary turn) {
                    return real.previous(turn);
                }
            };
            try (var queue = new SpanQueue(slow, 5, 5, 10, ids -> { })) {
                long started = System.nanoTime();
                for (int i = 0; i < 100; i++) queue.accept(span(String.format("%032x", i), String.format("%016x", i), null, SpanKind.TURN));
                assertThat((System.nanoTime() - started) / 1e6).isLessThan(150);
                assertThat(queue.stats().dropped()).isPositive();
                queue.flush();
                assertThat(queue.stats().written() + queue.stats().dropped()).isEqualTo(100);
            }
        }
    }

    @Test
    void batchesAreExportedOverOtlpToACollector() {
        List<byte[]> received = new CopyOnWriteArrayList<>();
        List<String> types = new CopyOnWriteArrayList<>();
        Javalin collector = Javalin.create(c -> c.routes.post("/v1/traces", ctx -> {
            received.add(ctx.bodyAsBytes());
            types.add(ctx.contentType());
            ctx.status(200).contentType("application/x-protobuf").result(new byte[0]);
        })).start(0);
        try (Database db = Database.inMemory();
             var export = new OtlpExport("http://127.0.0.1:" + collector.port() + "/v1/traces");
             var queue = new SpanQueue(new DuckDbTraceStore(db), 100, 10, 20, ids -> { }, export)) {
            Tracer tracer = new Tracer(queue, Clock.systemUTC());
            String traceId;
            try (Span turn = tracer.start("turn", SpanKind.TURN)) {
                traceId = turn.traceId();
                try (Span tool = turn.child("tool queryReport", SpanKind.TOOL)) {
                    tool.set("tool.name", "queryReport").set("tool.latency", 12.5);
                }
            }
            queue.flush();
            assertThat(export.exported()).isEqualTo(2);
            String body = new String(received.get(0), StandardCharsets.ISO_8859_1);
            assertThat(types.get(0)).startsWith("application/x-protobuf");
            assertThat(body).contains("tool queryReport").contains("ad-copilot")
                    .contains(new String(HexFormat.of().parseHex(traceId), StandardCharsets.ISO_8859_1));
        } finally {
            collector.stop();
        }
    }
}
