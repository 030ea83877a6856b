package io.adcopilot.server;

import java.nio.file.Path;
import java.time.Clock;

/** How to run the server: where its data lives, which port it listens on (0 = any free one), and its clock. */
public record ServerConfig(Path dataDir, int port, Clock clock) {}
