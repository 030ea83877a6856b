package io.adcopilot.agent.turn;

import io.adcopilot.core.tool.Preview;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A change waiting for the user's confirmation: the write tool, its arguments, the gateway's preview and token,
 * and when the token expires.
 */
public record PendingWrite(String tool, JsonNode arguments, Preview preview, String token, Instant expiresAt) {}
