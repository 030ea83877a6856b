package io.adcopilot.gateway.audit;

import java.time.Instant;
import java.util.List;

/** Append-only record of every tool call, refused ones included. */
public interface AuditLog {

    /** Stores the record durably before returning. */
    void append(AuditRecord record);

    /** Records, newest first; null filters match anything. */
    List<AuditRecord> find(Query query);

    /** A search of the log. */
    record Query(String advertiserId, String tool, String outcome, String traceId, Instant since, int limit) {}
}
