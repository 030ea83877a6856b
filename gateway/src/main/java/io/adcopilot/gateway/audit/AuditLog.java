package io.adcopilot.gateway.audit;

import java.time.Instant;
import java.util.List;

/** Append-only record of every tool call, refused ones included. */
public interface AuditLog {

    /** Stores the record durably before returning (writes and their previews). */
    void append(AuditRecord record);

    /**
     * Stores the record without waiting for it to be durable (reads): it is committed with the next batch, and
     * {@link #find} sees it.
     */
    default void appendSoon(AuditRecord record) {
        append(record);
    }

    /** Records, newest first; null filters match anything. */
    List<AuditRecord> find(Query query);

    /** A search of the log. */
    record Query(String advertiserId, String tool, String outcome, String traceId, Instant since, int limit) {}
}
