package io.adcopilot.server.cli;

import io.adcopilot.core.json.Json;
import io.adcopilot.sandbox.auth.PlatformTokens;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.server.AdCopilotServer;
import io.adcopilot.server.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"One turn of conversation; prints the answer.",
                "Talks to the server on --port when one is running there, otherwise starts the embedded stack on "
                        + "--data-dir for this turn. Continue a conversation with --session <id> (printed after each "
                        + "answer), e.g. to confirm a change."})
final class ChatCommand implements Callable<Integer> {

    @Option(names = "--advertiser", required = true, description = "Advertiser id, e.g. adv-1001.")
    String advertiser;

    @Option(names = "--session", description = "Continue this session.")
    String session;

    @Option(names = "--port", defaultValue = "8080", description = "Where a running server is looked for (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", defaultValue = "data", description = "The data directory (default ./${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--json", description = "Print the whole reply as JSON.")
    boolean json;

    @Mixin
    LlmOptions llm;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What to say, e.g. 昨天花了多少钱.")
    String[] words;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!PlatformTokens.isAdvertiserId(advertiser)) {
            System.err.println("not an advertiser id: " + advertiser + " (expected the form adv-1001)");
            return 2;
        }
        ObjectNode body = Json.object().put("text", String.join(" ", words));
        if (session != null) body.put("session", session);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Optional<HttpResponse<String>> reply = runningServer(http)
                .map(uri -> send(http, uri, PlatformTokens.inDataDir(dataDir).issue(advertiser), body));
        if (reply.isEmpty()) {
            try (var server = AdCopilotServer.start(new ServerConfig(dataDir, 0, Clock.systemUTC()).withLlm(llm.config()),
                    (through, rows, percent) -> System.err.printf("  report data generated through %s (%d%%)%n", through, percent))) {
                reply = Optional.of(send(http, URI.create("http://127.0.0.1:" + server.port()),
                        server.principal(advertiser).token(), body));
            }
        }
        return print(reply.get());
    }

    private Optional<URI> runningServer(HttpClient http) {
        URI uri = URI.create("http://127.0.0.1:" + port);
        try {
            var health = http.send(HttpRequest.newBuilder(uri.resolve("/healthz")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 ? Optional.of(uri) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static HttpResponse<String> send(HttpClient http, URI server, String token, ObjectNode body) {
        try {
            return http.send(HttpRequest.newBuilder(server.resolve("/api/chat"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not reach the copilot at " + server, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private int print(HttpResponse<String> response) {
        JsonNode reply = Json.MAPPER.readTree(response.body());
        if (response.statusCode() != 200) {
            System.err.println("error " + response.statusCode() + ": " + reply.path("error").path("message").asString());
            return 1;
        }
        if (json) {
            System.out.println(reply.toPrettyString());
            return 0;
        }
        System.out.println(reply.path("reply").path("text").asString());
        JsonNode table = reply.path("reply").path("table");
        if (table.isObject()) System.out.print(TextTable.render(table));
        for (JsonNode c : reply.path("reply").path("citations")) {
            System.out.println("  [" + c.path("id").asString() + "] " + c.path("title").asString());
        }
        for (JsonNode c : reply.path("choices")) {
            System.out.println("  - " + c.path("name").asString() + " (" + c.path("id").asString() + ")");
        }
        String sessionId = reply.path("session").asString();
        if (reply.has("confirmation")) {
            System.out.println("To apply: ./adcopilot chat --advertiser " + advertiser + " --session " + sessionId + " 确认");
        }
        System.err.println("session " + sessionId + " · trace " + reply.path("trace_id").asString());
        return 0;
    }
}
