package io.adcopilot.sandbox.catalog;

import java.math.BigDecimal;

/** A campaign: an objective and a daily budget in CNY. {@code version} counts its updates (optimistic locking). */
public record Campaign(String id, String advertiserId, String name, String objective, String status,
                       BigDecimal dailyBudget, long version) {}
