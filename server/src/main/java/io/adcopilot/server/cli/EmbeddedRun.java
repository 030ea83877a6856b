package io.adcopilot.server.cli;

import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.server.AdCopilotServer;
import io.adcopilot.server.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import io.adcopilot.agent.nlu.llm.LlmConfig;
import java.util.stream.Stream;

/**
 * The embedded stack for a command that needs only the demo platform's entities (NLU predictions, experiments): a
 * fresh platform without report data in a temporary directory, served on a free local port, removed afterwards.
 * It never touches {@code ./data}, so it runs while {@code serve} does.
 */
final class EmbeddedRun implements AutoCloseable {

    private final Path dir;
    private final AdCopilotServer server;

    private EmbeddedRun(Path dir, AdCopilotServer server) {
        this.dir = dir;
        this.server = server;
    }

    static EmbeddedRun start(Optional<LlmConfig> llm) {
        try {
            Path dir = Files.createTempDirectory("adcopilot-run-");
            return new EmbeddedRun(dir, AdCopilotServer.start(
                    new ServerConfig(dir, 0, Clock.systemUTC()).withoutReports().withLlm(llm), ReportGenerator.Progress.SILENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    AdCopilotServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans it eventually
        }
    }
}
