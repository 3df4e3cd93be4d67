package dev.offereval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.io.EvaluationJson;
import dev.offereval.model.Offer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while it writes rounds leaves the database whole: a child JVM writes rounds in a
 * loop and is killed ({@link Process#destroyForcibly()}) at a random moment, three times over the
 * same file; then SQLite's own check passes, every negotiation's rounds are contiguous with all
 * their rows, and every write the child saw committed is there.
 */
class KillDuringWriteTest {
  @TempDir Path dir;

  @Test
  void givenAWriterKilledMidWriteThreeTimesWhenTheDatabaseIsOpenedThenItIsWholeAndHoldsEveryCommit()
      throws Exception {
    Path db = dir.resolve("negotiations.db");
    Offer offer = Offers.seedExample();
    Path offerJson = Files.writeString(dir.resolve("offer.json"), EvaluationJson.writer().writeValueAsString(offer));
    Path evaluationJson = Files.writeString(dir.resolve("evaluation.json"),
        EvaluationJson.text(NegotiationsTest.evaluate(offer)));
    Random random = new Random(20261207);
    long before = 0;
    for (int kill = 1; kill <= 3; kill++) {
      long committed = runAndKill(db, offerJson, evaluationJson, 8 + random.nextInt(8), random.nextInt(25));
      long rounds = rounds(db);
      assertTrue(rounds >= before + committed,
          "kill " + kill + ": the child saw " + committed + " writes committed, but the database holds "
              + (rounds - before) + " more rounds");
      assertTrue(rounds <= before + committed + 1,
          "kill " + kill + ": more rounds than the child wrote: " + (rounds - before) + " after " + committed);
      before = rounds;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      assertEquals("ok", rs.getString(1));
      assertEquals(List.of(), StoreIntegrity.problems(c));
    }
    try (Negotiations negotiations = Negotiations.open(db)) {
      for (NegotiationSummary summary : negotiations.list()) {
        assertEquals(summary.rounds(), negotiations.get(summary.id()).rounds().size());
      }
    }
  }

  /** Starts the writer, waits for {@code atLeast} commits and {@code moreMillis}, kills it; its commit count. */
  private long runAndKill(Path db, Path offer, Path evaluation, int atLeast, int moreMillis) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        RoundWriterMain.class.getName(), db.toString(), offer.toString(), evaluation.toString())
        .redirectError(dir.resolve("child-stderr.txt").toFile())
        .start();
    AtomicLong committed = new AtomicLong();
    StringBuffer other = new StringBuffer();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          // anything else the child's libraries print must not stop the count; the last line may
          // be cut short by the kill
          if (line.matches("committed \\d+")) {
            committed.set(Long.parseLong(line.substring("committed ".length())));
          } else {
            other.append(line).append('\n');
          }
        }
      } catch (Exception ignored) {
        // the pipe breaks when the child is killed
      }
    });
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (committed.get() < atLeast && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertTrue(child.isAlive(), "the writer stopped by itself: " + Files.readString(dir.resolve("child-stderr.txt")));
    Thread.sleep(moreMillis);
    child.destroyForcibly();
    assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the writer did not die");
    reader.join(10_000);
    assertTrue(committed.get() >= atLeast, "the writer committed only " + committed.get() + " writes in 60 s");
    if (other.length() > 0) {
      System.err.println("KillDuringWriteTest: the writer also printed:\n" + other);
    }
    return committed.get();
  }

  private static long rounds(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM negotiation_round")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
