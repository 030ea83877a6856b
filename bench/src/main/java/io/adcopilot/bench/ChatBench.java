package io.adcopilot.bench;

import io.adcopilot.core.json.Json;
import io.adcopilot.gateway.ToolGateway;
import io.adcopilot.gateway.limit.RateLimits;
import io.adcopilot.gateway.confirm.Guardrails;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.server.AdCopilotServer;
import io.adcopilot.server.ServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;

/**
 * Full-turn latency of data questions on the embedded stack, over HTTP ({@code POST /api/chat}: NLU, plugin,
 * gateway, platform report query, number check, session write, trace), one at a time and with 8 concurrent users,
 * and the shares of NLU and of the platform's report queries in each turn, read back from the turns' traces.
 * Usage: {@code ChatBench [TURNS]}.
 */
public final class ChatBench {

    private static final String[][] QUESTIONS = {
            {"adv-1001", "昨天花了多少钱"}, {"adv-1001", "双十一大促-拉新上周的点击率"},
            {"adv-1001", "最近7天每天的消耗"}, {"adv-1001", "上周各地域的转化成本"},
            {"adv-1002", "How much did we spend yesterday?"}, {"adv-1002", "CTR by device last week"},
            {"adv-1003", "本月各计划的ROI"}, {"adv-1003", "上周安卓端的转化数"}};

    public static void main(String[] args) throws Exception {
        run(args);
        System.exit(0); // mcp-core 2.1.0 leaves its session-sweeper thread (not a daemon) running after close
    }

    private static void run(String[] args) throws Exception {
        int turns = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        Path dir = Path.of("bench", "target", "data", "chat-demo");
        var unlimited = new ToolGateway.Config(Guardrails.defaults(),
                new RateLimits.Config(1_000_000, 1_000_000, Duration.ofSeconds(1)), Duration.ofMinutes(5));
        try (var server = AdCopilotServer.start(new ServerConfig(dir, 0, Clock.systemUTC(), unlimited),
                ReportGenerator.Progress.SILENT)) {
            HttpClient client = HttpClient.newHttpClient();
            URI chat = URI.create("http://127.0.0.1:" + server.port() + "/api/chat");
            List<String> tokens = new ArrayList<>();
            for (String[] q : QUESTIONS) tokens.add(server.platform().tokens().issue(q[0]));
            ConcurrentLinkedQueue<String> traces = new ConcurrentLinkedQueue<>();
            java.util.function.IntFunction<Long> turn = i -> {
                int k = i % QUESTIONS.length;
                long t0 = System.nanoTime();
                try {
                    var r = client.send(HttpRequest.newBuilder(chat).header("Authorization", "Bearer " + tokens.get(k))
                            .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(
                                    Json.object().put("text", QUESTIONS[k][1])))).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) throw new IllegalStateException(r.body());
                    JsonNode reply = Json.MAPPER.readTree(r.body());
                    if (!reply.path("frame").path("intent").asString().equals("query_metrics")) {
                        throw new IllegalStateException("not a data answer: " + r.body());
                    }
                    traces.add(reply.path("trace_id").asString());
                } catch (java.io.IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return System.nanoTime() - t0;
            };
            for (int i = 0; i < 200; i++) turn.apply(i);
            traces.clear();

            Latencies one = new Latencies(turns);
            for (int i = 0; i < turns; i++) one.add(turn.apply(i));
            List<String> sequential = new ArrayList<>(traces);
            print("1 user", turns, one, 1e3 / one.meanMillis());

            traces.clear();
            Latencies eight = new Latencies(turns);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            long started = System.nanoTime();
            List<Future<Long>> done = new ArrayList<>();
            for (int i = 0; i < turns; i++) {
                int index = i;
                done.add(pool.submit(() -> turn.apply(index)));
            }
            for (Future<Long> f : done) eight.add(f.get());
            double seconds = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            print("8 users", turns, eight, turns / seconds);

            server.flushTraces();
            shares(client, server, sequential, "1 user");
            shares(client, server, new ArrayList<>(traces), "8 users");
        }
    }

    private static void print(String label, int turns, Latencies l, double perSecond) {
        System.out.printf("| data question, %s | %d turns | p50 %.1f ms | p99 %.1f ms | mean %.1f ms | %.0f turns/s |%n",
                label, turns, l.percentileMillis(50), l.percentileMillis(99), l.meanMillis(), perSecond);
    }

    /** Mean share of the turn spent in NLU and in the platform's report queries (tool spans), from the traces. */
    private static void shares(HttpClient client, AdCopilotServer server, List<String> ids, String label) throws Exception {
        String staff = server.staffToken("bench", false);
        double turnMs = 0;
        double nluMs = 0;
        double reportMs = 0;
        double toolMs = 0;
        for (String id : ids) {
            var r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/traces/" + id))
                    .header("Authorization", "Bearer " + staff).build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode span : Json.MAPPER.readTree(r.body()).path("spans")) {
                double ms = span.path("duration_ms").asDouble();
                switch (span.path("kind").asString()) {
                    case "turn" -> turnMs += ms;
                    case "nlu" -> nluMs += ms;
                    case "tool" -> {
                        toolMs += ms;
                        if (span.path("attributes").path("tool.name").asString().equals("queryReport")) reportMs += ms;
                    }
                    default -> { }
                }
            }
        }
        System.out.printf("| shares, %s | %d traces | turn (server side) mean %.1f ms | NLU %.0f%% | report queries %.0f%% | all tool calls %.0f%% |%n",
                label, ids.size(), turnMs / ids.size(), 100 * nluMs / turnMs, 100 * reportMs / turnMs, 100 * toolMs / turnMs);
    }
}
