package io.adcopilot.server.cli;

import io.adcopilot.sandbox.catalog.Advertiser;
import io.adcopilot.server.AdCopilotServer;
import io.adcopilot.server.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the platform API, the copilot API and the UI on one port, on embedded defaults.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", defaultValue = "data", description = "Where data lives (default ./${DEFAULT-VALUE}).")
    Path dataDir;

    @Mixin
    LlmOptions llm;

    @Option(names = "--alert-webhook", defaultValue = "${env:ADCOPILOT_ALERT_WEBHOOK}",
            description = "Where monitors POST their alerts (default: $ADCOPILOT_ALERT_WEBHOOK).")
    String alertWebhook;

    @Option(names = "--otlp-endpoint", defaultValue = "${env:ADCOPILOT_OTLP_ENDPOINT}",
            description = "Also export spans over OTLP/HTTP, e.g. http://localhost:4318/v1/traces (default: $ADCOPILOT_OTLP_ENDPOINT).")
    String otlpEndpoint;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        System.out.println("Ad Copilot: opening " + dataDir.toAbsolutePath());
        var server = AdCopilotServer.start(new ServerConfig(dataDir, port, Clock.systemUTC()).withLlm(llm.config())
                        .withAlertWebhook(java.util.Optional.ofNullable(alertWebhook).filter(u -> !u.isBlank()))
                        .withOtlpEndpoint(java.util.Optional.ofNullable(otlpEndpoint).filter(u -> !u.isBlank())),
                (through, rows, percent) -> System.out.printf("  report data generated through %s: %,d rows (%d%%)%n",
                        through, rows, percent));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.printf("Ready in %.1f s on http://localhost:%d%n", (System.nanoTime() - started) / 1e9, server.port());
        System.out.println("Demo advertiser tokens (send as 'Authorization: Bearer <token>'):");
        for (Advertiser a : server.platform().advertisers()) {
            if (a.id().startsWith("adv-9")) continue;
            System.out.printf("  %-9s %-16s %s%n", a.id(), a.name(), server.platform().tokens().issue(a.id()));
        }
        System.out.println("Console (http://localhost:" + server.port() + "/console) tokens:");
        System.out.println("  reviewer  " + server.staffToken("reviewer", false));
        System.out.println("  admin     " + server.staffToken("admin", true));
        new CountDownLatch(1).await();
        return 0;
    }
}
