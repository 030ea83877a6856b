package io.adcopilot.sandbox.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.duckdb.DuckDBConnection;

/**
 * The platform's embedded DuckDB database: one file, a pool of connections to it, and transactions. DuckDB writes
 * its log to disk before a commit returns, so a committed change survives a crash.
 */
public final class PlatformDb implements AutoCloseable {

    /** Work with a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DuckDBConnection root;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    private PlatformDb(DuckDBConnection root) {
        this.root = root;
    }

    public static PlatformDb open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            var connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            var db = new PlatformDb(connection);
            db.withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    for (String ddl : Schema.STATEMENTS) s.execute(ddl);
                }
                return null;
            });
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new StoreException("cannot open the platform database " + file + ": " + e.getMessage(), e);
        }
    }

    public <T> T withConnection(SqlWork<T> work) {
        Connection c = borrow();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw StoreException.from(e);
        } finally {
            idle.offer(c);
        }
    }

    /** Runs the work in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        return withConnection(c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    private Connection borrow() {
        Connection c = idle.poll();
        if (c != null) return c;
        try {
            return root.duplicate();
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }

    @Override
    public void close() {
        Connection c;
        while ((c = idle.poll()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        try {
            root.close();
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }
}
