package io.adcopilot.sandbox.history;

import java.time.Instant;

/**
 * One recorded change of an entity's field ({@code status}, {@code daily_budget}, {@code bid}, {@code review_status},
 * {@code created}): the platform's change history, from which past delivery is derived.
 */
public record Change(String entityId, String field, String value, Instant at) {

    public static final String STATUS = "status";
    public static final String DAILY_BUDGET = "daily_budget";
    public static final String BID = "bid";
    public static final String REVIEW_STATUS = "review_status";
    public static final String CREATED = "created";
}
