package io.adcopilot.bench;

import io.adcopilot.core.db.Database;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.trace.SpanKind;
import io.adcopilot.core.trace.SpanRecord;
import io.adcopilot.eval.trace.DuckDbTraceStore;
import io.adcopilot.eval.trace.SpanQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Sustained span ingestion: realistic turns (6 spans each, with their attributes) offered as fast as the queue takes
 * them to the span queue, written by its writer into the DuckDB trace store, until all are written; next to DuckDB's own
 * appender writing the same rows into the same table layout in batches of the same size. Usage:
 * {@code SpanBench [TURNS]}.
 */
public final class SpanBench {

    public static void main(String[] args) throws Exception {
        int turns = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<SpanRecord> spans = spans(turns);
        System.err.printf("%,d spans prepared%n", spans.size());

        Path storeDir = Files.createTempDirectory("span-bench-");
        try (Database db = Database.open(storeDir.resolve("copilot.duckdb"))) {
            var store = new DuckDbTraceStore(db);
            var queue = new SpanQueue(store, 100_000, 5_000, 200, ids -> { });
            long started = System.nanoTime();
            for (SpanRecord s : spans) {
                while (!queue.offer(s)) Thread.yield();
            }
            queue.flush();
            double seconds = (System.nanoTime() - started) / 1e9;
            var stats = queue.stats();
            queue.close();
            double queued = stats.written() / seconds;
            System.out.printf("| span queue → trace store | %,d spans (%,d turns) | %.1f s | %,.0f spans/s | dropped %d |%n",
                    stats.written(), turns, seconds, queued, stats.dropped());

            db.ensure(List.of("CREATE TABLE raw_spans AS SELECT * FROM spans WHERE false"));
            started = System.nanoTime();
            for (int from = 0; from < spans.size(); from += 5_000) {
                List<SpanRecord> batch = spans.subList(from, Math.min(spans.size(), from + 5_000));
                db.inTransaction(c -> {
                    try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "raw_spans")) {
                        for (SpanRecord s : batch) {
                            a.beginRow().append(s.traceId()).append(s.spanId());
                            if (s.parentId() == null) a.appendNull();
                            else a.append(s.parentId());
                            a.append(s.name()).append(s.kind().key()).append(utc(s.start())).append(utc(s.end()))
                                    .append(s.status()).appendNull().append(Json.MAPPER.writeValueAsString(s.attributes()))
                                    .endRow();
                        }
                    }
                    return null;
                });
            }
            seconds = (System.nanoTime() - started) / 1e9;
            double raw = spans.size() / seconds;
            System.out.printf("| DuckDB appender, same rows | %,d spans | %.1f s | %,.0f spans/s |%n", spans.size(), seconds, raw);
            System.out.printf("| ratio | queue and store / bare appender | %.2f |%n", queued / raw);
        } finally {
            try (var files = Files.walk(storeDir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    /** Turns as the copilot records them: a root, NLU, plugin, tool, answer and dialogue span. */
    private static List<SpanRecord> spans(int turns) {
        List<SpanRecord> out = new ArrayList<>(turns * 6);
        Instant t0 = Instant.parse("2026-11-20T02:00:00Z");
        for (int i = 0; i < turns; i++) {
            String trace = String.format("%032x", i);
            String root = String.format("%016x", i * 8L);
            Instant start = t0.plusMillis(i * 50L);
            Map<String, Object> rootAttributes = new LinkedHashMap<>();
            rootAttributes.put("session.id", "s_" + (i / 5));
            rootAttributes.put("advertiser.id", "adv-100" + (1 + i % 3));
            rootAttributes.put("input.text", "双十一大促-拉新昨天花了多少钱");
            rootAttributes.put("intent", "query_metrics");
            rootAttributes.put("confidence", 0.97);
            rootAttributes.put("slots", "{\"metrics\":[\"cost\"],\"campaign\":[\"c-1001\"]}");
            rootAttributes.put("engine", "embedded");
            rootAttributes.put("turn.outcome", "answered");
            out.add(span(trace, String.format("%016x", i * 8L + 1), root, "nlu", SpanKind.NLU, start.plusMillis(1), 8,
                    Map.of("nlu.engine", "embedded", "nlu.intent", "query_metrics", "nlu.confidence", 0.97, "nlu.steps", 1)));
            out.add(span(trace, String.format("%016x", i * 8L + 2), root, "dialogue", SpanKind.DIALOGUE, start.plusMillis(9), 1,
                    Map.of("dialogue.pending", "none")));
            out.add(span(trace, String.format("%016x", i * 8L + 3), String.format("%016x", i * 8L + 4), "tool queryReport",
                    SpanKind.TOOL, start.plusMillis(11), 15, Map.of("tool.name", "queryReport", "tool.status", "ok",
                            "tool.arguments", "{\"metrics\":[\"cost\"],\"filters\":{\"campaign\":[\"c-1001\"]}}")));
            out.add(span(trace, String.format("%016x", i * 8L + 4), root, "plugin data_analysis", SpanKind.PLUGIN,
                    start.plusMillis(10), 18, Map.of("plugin.name", "data_analysis", "plugin.intent", "query_metrics")));
            out.add(span(trace, String.format("%016x", i * 8L + 5), root, "answer", SpanKind.ANSWER, start.plusMillis(29), 1,
                    Map.of("answer.text", "双十一大促-拉新 昨天（2026-11-19）：消耗 ¥6,767.37。", "answer.has_table", true)));
            out.add(span(trace, root, null, "turn", SpanKind.TURN, start, 31, rootAttributes));
        }
        return out;
    }

    private static SpanRecord span(String trace, String id, String parent, String name, SpanKind kind, Instant start,
                                   long millis, Map<String, Object> attributes) {
        return new SpanRecord(trace, id, parent, name, kind, start, start.plusMillis(millis), "ok", null, attributes);
    }
}
