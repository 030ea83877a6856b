package io.adcopilot.bench;

import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.tool.ToolCall;
import io.adcopilot.core.tool.ToolResult;
import io.adcopilot.gateway.ToolGateway;
import io.adcopilot.gateway.confirm.Guardrails;
import io.adcopilot.gateway.limit.RateLimits;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;

/**
 * The same read — {@code getCampaign c-1001} — through the tool gateway's Java API (rate limit, schema validation,
 * tenant guard, HTTP to the platform, audit insert) and directly against the platform over HTTP: latency
 * percentiles one call at a time, then throughput with 8 concurrent callers. Usage: {@code GatewayBench [CALLS]}.
 */
public final class GatewayBench {

    public static void main(String[] args) throws Exception {
        run(args);
        System.exit(0); // mcp-core 2.1.0 leaves its session-sweeper thread (not a daemon) running after close
    }

    private static void run(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = Path.of("bench", "target", "data", "gateway-demo");
        var unlimited = new ToolGateway.Config(Guardrails.defaults(),
                new RateLimits.Config(1_000_000, 1_000_000, Duration.ofSeconds(1)), Duration.ofMinutes(5));
        try (var server = AdCopilotServer.start(new ServerConfig(dir, 0, Clock.systemUTC(), unlimited),
                ReportGenerator.Progress.SILENT)) {
            String token = server.platform().tokens().issue("adv-1001");
            Principal principal = new Principal("adv-1001", token);
            JsonNode arguments = Json.MAPPER.readTree("{\"id\": \"c-1001\"}");
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest direct = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/platform/v1/campaigns/c-1001")).header("Authorization", "Bearer " + token).GET().build();
            Callable<Void> viaGateway = () -> {
                var r = server.gateway().call(ToolCall.of("getCampaign", arguments, principal, "bench"));
                if (!(r instanceof ToolResult.Success)) throw new IllegalStateException(String.valueOf(r));
                return null;
            };
            Callable<Void> viaHttp = () -> {
                var r = client.send(direct, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) throw new IllegalStateException(r.body());
                return null;
            };
            for (int i = 0; i < calls / 4; i++) {
                viaGateway.call();
                viaHttp.call();
            }
            Latencies gateway = new Latencies(calls);
            Latencies plain = new Latencies(calls);
            for (int i = 0; i < calls; i++) {
                long t0 = System.nanoTime();
                viaGateway.call();
                gateway.add(System.nanoTime() - t0);
                t0 = System.nanoTime();
                viaHttp.call();
                plain.add(System.nanoTime() - t0);
            }
            System.out.printf("| latency, 1 caller | %d | %.2f | %.2f | %.2f | %.2f | %.2f |%n", calls,
                    gateway.percentileMillis(50), gateway.percentileMillis(99), plain.percentileMillis(50),
                    plain.percentileMillis(99), gateway.percentileMillis(50) / plain.percentileMillis(50));
            double gatewayRate = throughput(viaGateway, 8, Duration.ofSeconds(10));
            double httpRate = throughput(viaHttp, 8, Duration.ofSeconds(10));
            System.out.printf("| throughput, 8 callers, 10 s | %.0f calls/s via gateway | %.0f calls/s direct | ratio %.2f |%n",
                    gatewayRate, httpRate, gatewayRate / httpRate);
        }
    }

    private static double throughput(Callable<Void> call, int threads, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<Long>> counts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    call.call();
                    n++;
                }
                return n;
            }));
        }
        long total = 0;
        for (Future<Long> f : counts) total += f.get();
        pool.shutdown();
        return total / (duration.toNanos() / 1e9);
    }
}
