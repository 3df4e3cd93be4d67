package dev.offereval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations: Flyway applies them to a new file, and open skips Flyway only when its own
 * history records the newest migration applied cleanly.
 */
class DatabaseMigrationsTest {
  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  @TempDir Path dir;

  @Test
  void theVersionOpenChecksForIsTheNewestMigrationFile() throws Exception {
    Pattern name = Pattern.compile("V(\\d+)__[a-z_]+\\.sql");
    int newest;
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      newest = files.map(f -> name.matcher(f.getFileName().toString()))
          .filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1))).max(Comparator.naturalOrder()).orElseThrow();
    }
    java.lang.reflect.Field version = Class.forName("dev.offereval.store.internal.Database")
        .getDeclaredField("SCHEMA_VERSION");
    version.setAccessible(true);
    assertEquals(Integer.toString(newest), version.get(null));
  }

  @Test
  void givenANewFileWhenOpenedThenFlywayRecordsTheSchemaAndAReopenLeavesItAlone() throws Exception {
    Path file = dir.resolve("n.db");
    Negotiations.open(file).close();
    Negotiations.open(file).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT COUNT(*), MIN(version), MIN(success) FROM flyway_schema_history")) {
      rs.next();
      assertEquals(1, rs.getInt(1), "one migration applied once");
      assertEquals("1", rs.getString(2));
      assertEquals(1, rs.getInt(3));
    }
  }

  @Test
  void givenAHistoryWithAFailedMigrationWhenOpenedThenFlywayIsAskedAndRefusesIt() throws Exception {
    Path file = dir.resolve("n.db");
    Negotiations.open(file).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE flyway_schema_history SET success = 0");
    }
    NegotiationException e = assertThrows(NegotiationException.class, () -> Negotiations.open(file));
    assertTrue(e.getMessage().startsWith("cannot open " + file + ": the schema could not be brought up to date"),
        e.getMessage());
  }
}
