package io.adcopilot.gateway.audit;

import io.adcopilot.core.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The audit log in the copilot's embedded database: inserts only. A writer thread inserts whatever is waiting in one
 * transaction (group commit), then releases the callers of that batch that wait for durability (writes); reads'
 * records are queued and committed with the next batch without holding their caller. A search first waits for what
 * is queued.
 */
public final class DuckDbAuditLog implements AuditLog, AutoCloseable {

    private static final int MAX_BATCH = 512;

    private record Pending(AuditRecord record, CompletableFuture<Void> committed) {}

    private final Database db;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;

    public DuckDbAuditLog(Database db) {
        this.db = db;
        db.ensure(List.of("""
                CREATE TABLE IF NOT EXISTS audit_log (id VARCHAR NOT NULL, called_at TIMESTAMPTZ NOT NULL,
                  advertiser_id VARCHAR, tool VARCHAR NOT NULL, arguments VARCHAR, arguments_digest VARCHAR,
                  outcome VARCHAR NOT NULL, error_code VARCHAR, latency_ms DOUBLE, trace_id VARCHAR,
                  confirmation_id VARCHAR, idempotency_key VARCHAR)"""));
        this.writer = new Thread(this::writeBatches, "audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void append(AuditRecord record) {
        await(record);
    }

    @Override
    public void appendSoon(AuditRecord record) {
        queue.add(new Pending(record, new CompletableFuture<>()));
    }

    /** Waits until everything queued so far is committed. */
    public void flush() {
        await(null);
    }

    private void await(AuditRecord record) {
        var pending = new Pending(record, new CompletableFuture<>());
        queue.add(pending);
        try {
            pending.committed().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the audit record", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the audit record could not be written", e);
        }
    }

    private void writeBatches() {
        List<Pending> batch = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            try {
                insert(batch.stream().map(Pending::record).filter(java.util.Objects::nonNull).toList());
                batch.forEach(p -> p.committed().complete(null));
            } catch (RuntimeException e) {
                batch.forEach(p -> p.committed().completeExceptionally(e));
            }
            batch.clear();
        }
    }

    private void insert(List<AuditRecord> records) {
        if (records.isEmpty()) return;
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AuditRecord r : records) {
                    bind(ps, r);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement ps, AuditRecord r) throws SQLException {
        ps.setString(1, r.id());
        ps.setObject(2, OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC));
        ps.setString(3, r.advertiserId());
        ps.setString(4, r.tool());
        ps.setString(5, r.arguments());
        ps.setString(6, r.argumentsDigest());
        ps.setString(7, r.outcome());
        ps.setString(8, r.errorCode());
        ps.setDouble(9, r.latencyMs());
        ps.setString(10, r.traceId());
        ps.setString(11, r.confirmationId());
        ps.setString(12, r.idempotencyKey());
    }

    @Override
    public void close() {
        flush();
        writer.interrupt();
    }

    @Override
    public List<AuditRecord> find(Query q) {
        flush();
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT * FROM audit_log
                    WHERE (? IS NULL OR advertiser_id = ?) AND (? IS NULL OR tool = ?) AND (? IS NULL OR outcome = ?)
                      AND (? IS NULL OR trace_id = ?) AND (? IS NULL OR called_at >= ?)
                    ORDER BY called_at DESC LIMIT ?""")) {
                int i = 1;
                for (Object value : new Object[]{q.advertiserId(), q.tool(), q.outcome(), q.traceId()}) {
                    ps.setObject(i++, value);
                    ps.setObject(i++, value);
                }
                OffsetDateTime since = q.since() == null ? null : OffsetDateTime.ofInstant(q.since(), ZoneOffset.UTC);
        ps.setObject(i++, since);
        ps.setObject(i++, since);
        ps.setInt(i, q.limit());
                List<AuditRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(record(rs));
                }
                return out;
            }
        });
    }

    private static AuditRecord record(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getString("id"), rs.getObject("called_at", OffsetDateTime.class).toInstant(),
                rs.getString("advertiser_id"), rs.getString("tool"), rs.getString("arguments"),
                rs.getString("arguments_digest"), rs.getString("outcome"), rs.getString("error_code"),
                rs.getDouble("latency_ms"), rs.getString("trace_id"), rs.getString("confirmation_id"),
                rs.getString("idempotency_key"));
    }
}
