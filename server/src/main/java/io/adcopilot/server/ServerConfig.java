package io.adcopilot.server;

import io.adcopilot.gateway.ToolGateway;
import java.nio.file.Path;
import java.time.Clock;

/**
 * How to run the server: where its data lives, which port it listens on (0 = any free one), its clock, and the
 * gateway's guardrails, rate limits and confirmation lifetime.
 */
public record ServerConfig(Path dataDir, int port, Clock clock, ToolGateway.Config gateway) {

    public ServerConfig(Path dataDir, int port, Clock clock) {
        this(dataDir, port, clock, ToolGateway.Config.defaults());
    }
}
