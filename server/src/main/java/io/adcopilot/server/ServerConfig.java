package io.adcopilot.server;

import io.adcopilot.agent.nlu.llm.LlmConfig;
import io.adcopilot.gateway.ToolGateway;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * How to run the server: where its data lives, which port it listens on (0 = any free one), its clock, the
 * gateway's guardrails, rate limits and confirmation lifetime, whether the platform generates report data (tools
 * that need only entities, such as NLU evaluation, skip it), and the LLM endpoint when there is one (the copilot
 * then understands through the cascade: embedded first, the LLM when unsure), the default webhook of alerts, and an
 * OpenTelemetry collector to export spans to.
 */
public record ServerConfig(Path dataDir, int port, Clock clock, ToolGateway.Config gateway, boolean reports,
                           Optional<LlmConfig> llm, Optional<String> alertWebhook, Optional<String> otlpEndpoint) {

    public ServerConfig(Path dataDir, int port, Clock clock) {
        this(dataDir, port, clock, ToolGateway.Config.defaults(), true, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ServerConfig(Path dataDir, int port, Clock clock, ToolGateway.Config gateway) {
        this(dataDir, port, clock, gateway, true, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ServerConfig withoutReports() {
        return new ServerConfig(dataDir, port, clock, gateway, false, llm, alertWebhook, otlpEndpoint);
    }

    public ServerConfig withLlm(Optional<LlmConfig> llm) {
        return new ServerConfig(dataDir, port, clock, gateway, reports, llm, alertWebhook, otlpEndpoint);
    }

    /** Where spans are also sent over OTLP/HTTP, e.g. http://localhost:4318/v1/traces. */
    public ServerConfig withOtlpEndpoint(Optional<String> url) {
        return new ServerConfig(dataDir, port, clock, gateway, reports, llm, alertWebhook, url);
    }

    /** Where monitors POST their alerts unless a monitor names its own webhook. */
    public ServerConfig withAlertWebhook(Optional<String> url) {
        return new ServerConfig(dataDir, port, clock, gateway, reports, llm, url, otlpEndpoint);
    }
}
