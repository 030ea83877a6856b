package io.adcopilot.server;

import io.adcopilot.gateway.ToolGateway;
import java.nio.file.Path;
import java.time.Clock;

/**
 * How to run the server: where its data lives, which port it listens on (0 = any free one), its clock, the
 * gateway's guardrails, rate limits and confirmation lifetime, and whether the platform generates report data
 * (tools that need only entities, such as NLU evaluation, skip it).
 */
public record ServerConfig(Path dataDir, int port, Clock clock, ToolGateway.Config gateway, boolean reports) {

    public ServerConfig(Path dataDir, int port, Clock clock) {
        this(dataDir, port, clock, ToolGateway.Config.defaults(), true);
    }

    public ServerConfig(Path dataDir, int port, Clock clock, ToolGateway.Config gateway) {
        this(dataDir, port, clock, gateway, true);
    }

    public ServerConfig withoutReports() {
        return new ServerConfig(dataDir, port, clock, gateway, false);
    }
}
