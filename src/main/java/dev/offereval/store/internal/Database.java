package dev.offereval.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * One connection to the negotiations database, its schema brought up to date by Flyway when it is
 * opened, and the transactions every write runs in.
 */
public final class Database implements AutoCloseable {
  /** Where the migrations are, as plain SQL that SQLite and PostgreSQL both run. */
  static final String MIGRATIONS = "classpath:db/migration";

  private final Connection connection;
  private final String where;
  private final boolean sqlite;

  private Database(Connection connection, String where, boolean sqlite) {
    this.connection = connection;
    this.where = where;
    this.sqlite = sqlite;
  }

  /** A unit of work on the connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Opens (creating it owner-only when new) the SQLite file and migrates it. */
  public static Database openFile(Path file) throws SQLException, IOException {
    DatabaseFile.createOwnerOnly(file);
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    Properties p = new Properties();
    // BEGIN IMMEDIATE: a writer takes the write lock at once, so two processes never deadlock
    // upgrading read locks; foreign keys on, so a delete cascades to the rounds
    p.setProperty("transaction_mode", "IMMEDIATE");
    p.setProperty("foreign_keys", "true");
    p.setProperty("busy_timeout", "10000");
    p.setProperty("journal_mode", "WAL");
    p.setProperty("synchronous", "FULL");
    migrate(url, p);
    return new Database(DriverManager.getConnection(url, p), file.toString(), true);
  }

  /** Opens a database by its JDBC URL (PostgreSQL) and migrates it. */
  public static Database openUrl(String jdbcUrl) throws SQLException {
    migrate(jdbcUrl, new Properties());
    Connection c = DriverManager.getConnection(jdbcUrl);
    return new Database(c, redacted(jdbcUrl), false);
  }

  /**
   * The newest migration's version, {@code V<version>__*.sql} under {@link #MIGRATIONS}; {@code
   * DatabaseMigrationsTest} holds it to the files.
   */
  static final String SCHEMA_VERSION = "1";

  /**
   * Brings the schema up to date with Flyway, unless Flyway's own history already records {@link
   * #SCHEMA_VERSION} applied with no failure: then nothing is left to apply, and a command spares
   * loading Flyway (about half a second of a cold start).
   */
  private static void migrate(String url, Properties p) throws SQLException {
    if (current(url, p)) {
      return;
    }
    try {
      Flyway.configure(Database.class.getClassLoader())
          .dataSource(url, null, null)
          .locations(MIGRATIONS)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new SQLException("the schema could not be brought up to date: " + firstLine(e.getMessage()), e);
    }
  }

  /** Whether Flyway's history says the newest migration is applied and none failed. */
  private static boolean current(String url, Properties p) {
    try (Connection c = DriverManager.getConnection(url, p);
        var s = c.prepareStatement("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL");
        var rs = s.executeQuery()) {
      boolean newest = false;
      while (rs.next()) {
        if (!rs.getBoolean(2)) {
          return false;
        }
        newest |= SCHEMA_VERSION.equals(rs.getString(1));
      }
      return newest;
    } catch (SQLException noHistoryYet) {
      return false;
    }
  }

  /** The URL without its query (which may carry a password). */
  static String redacted(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String m = message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }

  /** The database as the user named it, for messages. */
  public String where() {
    return where;
  }

  /** Whether it is an SQLite file. */
  public boolean isSqlite() {
    return sqlite;
  }

  /** Runs {@code work} in one transaction: committed whole when it returns, rolled back when it throws. */
  public synchronized <T> T write(Work<T> work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /**
   * Runs {@code work} outside a transaction, so that a reader never takes SQLite's write lock
   * (transactions here begin IMMEDIATE). Rounds are only ever appended, so a reader that reads the
   * negotiation row first and its rounds up to its count sees one consistent negotiation.
   */
  public synchronized <T> T read(Work<T> work) throws SQLException {
    return work.run(connection);
  }

  /** SQLite's own check of the file, "ok" when whole; PostgreSQL has none to run, so "ok". */
  public synchronized String integrityCheck() throws SQLException {
    if (!sqlite) {
      return "ok";
    }
    try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
      StringBuilder sb = new StringBuilder();
      while (rs.next()) {
        sb.append(sb.length() == 0 ? "" : "; ").append(rs.getString(1));
      }
      return sb.toString();
    }
  }

  @Override
  public synchronized void close() throws SQLException {
    connection.close();
  }
}
