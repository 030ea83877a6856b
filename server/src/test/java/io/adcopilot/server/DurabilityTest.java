package io.adcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.sandbox.HttpClientForTests;
import io.adcopilot.sandbox.TestPlatforms;
import io.adcopilot.sandbox.auth.PlatformTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A 2xx means the change is on disk: acknowledged writes survive {@code kill -9} of the server process. */
class DurabilityTest {

    @Test
    void acknowledgedWritesSurviveAKilledServer() throws Exception {
        Path dataDir = TestPlatforms.demoDataDir();
        String token = PlatformTokens.inDataDir(dataDir).issue("adv-1001");
        Map<String, String> expected = new LinkedHashMap<>();

        Process server = serve(dataDir);
        try {
            var http = new HttpClientForTests(port(server));
            int budget = 12_000;
            for (String campaign : List.of("c-1001", "c-1002", "c-1003", "c-1005", "c-1007")) {
                var a = http.patch("/platform/v1/campaigns/" + campaign, token, "{\"daily_budget\": " + (budget += 111) + "}");
                assertThat(a.status()).as(String.valueOf(a.json())).isEqualTo(200);
                expected.put("/platform/v1/campaigns/" + campaign, "daily_budget=" + budget);
            }
            var paused = http.patch("/platform/v1/ad-groups/g-10013", token, "{\"status\": \"paused\", \"bid\": 47.5}");
            assertThat(paused.status()).isEqualTo(200);
            expected.put("/platform/v1/ad-groups/g-10013", "bid=47.5 status=paused");
            var creative = http.patch("/platform/v1/creatives/cr-100111", token, "{\"status\": \"paused\"}");
            assertThat(creative.status()).isEqualTo(200);
            expected.put("/platform/v1/creatives/cr-100111", "status=paused");
        } finally {
            server.destroyForcibly().waitFor();
        }

        Process restarted = serve(dataDir);
        try {
            var http = new HttpClientForTests(port(restarted));
            for (var e : expected.entrySet()) {
                var json = http.get(e.getKey(), token).json();
                String actual = e.getKey().contains("campaigns") ? "daily_budget=" + plain(json.path("daily_budget").decimalValue())
                        : e.getKey().contains("ad-groups") ? "bid=" + plain(json.path("bid").decimalValue()) + " status=" + json.path("status").asString()
                        : "status=" + json.path("status").asString();
                assertThat(actual).as(e.getKey()).isEqualTo(e.getValue());
            }
        } finally {
            restarted.destroyForcibly().waitFor();
        }
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static final Map<Process, Integer> PORTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Process serve(Path dataDir) throws IOException, InterruptedException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.adcopilot.server.cli.Main",
                "serve", "--port", Integer.toString(port), "--data-dir", dataDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server-" + port + ".log").toFile())
                .start();
        PORTS.put(p, port);
        var http = new HttpClientForTests(port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) throw new IllegalStateException("server exited with " + p.exitValue());
            try {
                if (http.get("/healthz", null).status() == 200) return p;
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        p.destroyForcibly();
        throw new IllegalStateException("server did not become ready");
    }

    private static int port(Process p) {
        return PORTS.get(p);
    }
}
