package io.adcopilot.gateway.confirm;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.adcopilot.core.json.Canonical;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.tool.ToolResult;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Confirmation tokens for writes: each is bound to (principal, tool, arguments digest, preview digest), expires
 * after a while, and applies at most once. Tokens are random and held here; an unknown token is a forged one.
 */
public final class Confirmations {

    /** What a token was issued for. */
    public record Binding(String advertiserId, String tool, String argumentsDigest, String previewDigest) {}

    private record Pending(Binding binding, Instant expiresAt, boolean used) {}

    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Pending> pending;

    public Confirmations(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
        this.pending = Caffeine.newBuilder().expireAfterWrite(ttl.plusHours(1)).maximumSize(100_000).build();
    }

    public record Issued(String token, Instant expiresAt) {}

    public Issued issue(Binding binding) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "ct_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(ttl);
        pending.put(token, new Pending(binding, expiresAt, false));
        return new Issued(token, expiresAt);
    }

    /**
     * Checks a token against the call it should apply, without using it up.
     *
     * @return the refusal, if the token does not allow this call
     */
    public Optional<ToolResult.Failure> check(String token, Principal principal, String tool, String argumentsDigest) {
        Pending p = pending.getIfPresent(token);
        String again = "Call the tool again without confirmation_token to get a fresh preview and token.";
        if (p == null) {
            return Optional.of(ToolResult.Failure.of("confirmation_invalid", "this confirmation token is unknown", again));
        }
        if (!p.binding().advertiserId().equals(principal.advertiserId()) || !p.binding().tool().equals(tool)
                || !p.binding().argumentsDigest().equals(argumentsDigest)) {
            return Optional.of(ToolResult.Failure.of("confirmation_mismatch", "this confirmation token was issued for "
                    + "a different call; a token applies only the identical call it previewed", again));
        }
        if (p.used()) {
            return Optional.of(ToolResult.Failure.of("confirmation_used",
                    "this confirmation token was already used; the change was applied once", again));
        }
        if (!clock.instant().isBefore(p.expiresAt())) {
            return Optional.of(ToolResult.Failure.of("confirmation_expired", "this confirmation token expired at "
                    + p.expiresAt(), again));
        }
        return Optional.empty();
    }

    public Optional<Binding> binding(String token) {
        return Optional.ofNullable(pending.getIfPresent(token)).map(Pending::binding);
    }

    /** Uses the token up; false if another call used it first. */
    public boolean consume(String token) {
        boolean[] won = {false};
        pending.asMap().computeIfPresent(token, (t, p) -> {
            if (p.used()) return p;
            won[0] = true;
            return new Pending(p.binding(), p.expiresAt(), true);
        });
        return won[0];
    }

    /** A short, non-secret id of a token for the audit log: the start of its SHA-256 digest. */
    public static String idOf(String token) {
        return token == null ? null
                : "cf_" + Canonical.digest(JsonNodeFactory.instance.stringNode(token)).substring(0, 12);
    }
}
