package io.adcopilot.gateway.audit;

import java.time.Instant;

/**
 * One tool call as the audit log keeps it: when, for whom, which tool, the arguments with secrets redacted and the
 * digest of the real ones, the outcome ({@code ok}, {@code preview}, {@code refused}, {@code failed}) and its error
 * code, how long it took, the trace, and the confirmation and idempotency key involved.
 */
public record AuditRecord(String id, Instant at, String advertiserId, String tool, String arguments,
                          String argumentsDigest, String outcome, String errorCode, double latencyMs,
                          String traceId, String confirmationId, String idempotencyKey) {}
