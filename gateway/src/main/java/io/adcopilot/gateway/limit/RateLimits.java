package io.adcopilot.gateway.limit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.OptionalInt;

/** Calls allowed per principal, and per principal and tool, in each period. */
public final class RateLimits {

    /** {@code perPrincipal} and {@code perTool} calls per {@code period}. */
    public record Config(int perPrincipal, int perTool, Duration period) {
        public static Config defaults() {
            return new Config(60, 30, Duration.ofSeconds(10));
        }
    }

    private final RateLimiterConfig principalConfig;
    private final RateLimiterConfig toolConfig;
    private final Cache<String, RateLimiter> limiters = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(30)).maximumSize(100_000).build();

    public RateLimits(Config config) {
        this.principalConfig = config(config.perPrincipal(), config.period());
        this.toolConfig = config(config.perTool(), config.period());
    }

    private static RateLimiterConfig config(int limit, Duration period) {
        return RateLimiterConfig.custom().limitForPeriod(limit).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).build();
    }

    /** Takes a permit for the call; when refused, the seconds to wait before trying again. */
    public OptionalInt acquire(String principal, String tool) {
        RateLimiter perPrincipal = limiters.get("p:" + principal, k -> RateLimiter.of(k, principalConfig));
        RateLimiter perTool = limiters.get("t:" + principal + ":" + tool, k -> RateLimiter.of(k, toolConfig));
        if (!perPrincipal.acquirePermission()) return OptionalInt.of(retryAfter(perPrincipal));
        if (!perTool.acquirePermission()) return OptionalInt.of(retryAfter(perTool));
        return OptionalInt.empty();
    }

    private static int retryAfter(RateLimiter limiter) {
        long nanos = limiter.getMetrics() instanceof AtomicRateLimiter.AtomicRateLimiterMetrics m
                ? m.getNanosToWait() : limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
        return (int) Math.max(1, Math.ceil(nanos / 1e9));
    }
}
