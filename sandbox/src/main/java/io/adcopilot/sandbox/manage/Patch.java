package io.adcopilot.sandbox.manage;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A requested change to an entity: any of a new daily budget (campaigns), bid (ad groups) and status, optionally
 * guarded by the version the caller last read.
 */
public record Patch(Optional<BigDecimal> dailyBudget, Optional<BigDecimal> bid, Optional<String> status,
                    Optional<Long> expectedVersion) {}
