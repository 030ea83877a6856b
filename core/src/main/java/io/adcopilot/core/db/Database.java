package io.adcopilot.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.duckdb.DuckDBConnection;

/**
 * The copilot's embedded store: one DuckDB file (traces, audit, sessions, datasets, …), a pool of connections,
 * and transactions. Each module keeps its SQL behind its own repository and registers its tables with
 * {@link #ensure}.
 */
public final class Database implements AutoCloseable {

    /** Work with a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DuckDBConnection root;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    private Database(DuckDBConnection root) {
        this.root = root;
    }

    public static Database open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return new Database((DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new DatabaseException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** An in-memory database, for tests and throwaway runs. */
    public static Database inMemory() {
        try {
            return new Database((DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:"));
        } catch (SQLException e) {
            throw new DatabaseException("cannot open an in-memory database: " + e.getMessage(), e);
        }
    }

    /** Runs idempotent DDL ({@code CREATE TABLE IF NOT EXISTS …}). */
    public void ensure(List<String> ddl) {
        withConnection(c -> {
            try (Statement s = c.createStatement()) {
                for (String statement : ddl) s.execute(statement);
            }
            return null;
        });
    }

    public <T> T withConnection(SqlWork<T> work) {
        Connection c = borrow();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        } finally {
            idle.offer(c);
        }
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(java.sql.ResultSet row) throws SQLException;
    }

    /** Runs a query with positional arguments; one value per row. */
    public <T> List<T> query(String sql, RowReader<T> reader, Object... args) {
        return withConnection(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
                List<T> out = new java.util.ArrayList<>();
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(reader.read(rs));
                }
                return out;
            }
        });
    }

    /** Runs a statement with positional arguments; the number of rows it changed. */
    public int update(String sql, Object... args) {
        return withConnection(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
                return ps.executeUpdate();
            }
        });
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

    /** The underlying connection, for DuckDB's appender. */
    public DuckDBConnection duplicate() {
        try {
            return (DuckDBConnection) root.duplicate();
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }

    private Connection borrow() {
        Connection c = idle.poll();
        return c != null ? c : duplicate();
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
            throw new DatabaseException(e.getMessage(), e);
        }
    }

    /** A database failure. */
    public static final class DatabaseException extends RuntimeException {
        public DatabaseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
