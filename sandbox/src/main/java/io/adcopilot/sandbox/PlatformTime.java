package io.adcopilot.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates on the platform are dates in Asia/Shanghai. */
public final class PlatformTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PlatformTime() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}
