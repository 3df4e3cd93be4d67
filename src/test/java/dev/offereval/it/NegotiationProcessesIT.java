package dev.offereval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance, in real processes of the packaged jar on one database file: three
 * processes record three rounds, a fourth shows the timeline and a fifth lists it, delete removes
 * it, and show then fails in one line with exit 2. The home folder is a temporary one, so the
 * default database is never the real one's.
 */
class NegotiationProcessesIT {
  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  private Run offerEval(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.home=" + tmp, "-jar", Path.of("target/offer-evaluator.jar").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("--db", tmp.resolve("negotiations.db").toString()));
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().remove("XDG_DATA_HOME");
    pb.environment().remove("XDG_CACHE_HOME"); // compiled rules go under the temporary home too
    pb.environment().remove("OFFER_EVAL_RULES_CACHE");
    Process p = pb.start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "offer-eval " + String.join(" ", args) + " finished");
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void threeRoundsInThreeProcessesThenShowListDeleteAndShowFailing() throws Exception {
    Run start = offerEval("negotiation", "start", "--company", "Twilio", "--role", "Data Engineer", "--level", "L2",
        "--region", "san-francisco", "--base", "170000", "--stock", "160000", "--bonus-pct", "10",
        "--competing-company", "Snowflake", "--competing-level", "IC2", "--competing-base", "195000",
        "--competing-stock", "230000", "--as-of", "2026-11-23", "--rules", "rules", "--data", "data");
    assertEquals(0, start.exit(), start.err());
    assertTrue(start.out().startsWith("Negotiation 1 with Twilio (Data Engineer), round 1 recorded"), start.out());
    assertEquals(0, offerEval("negotiation", "round", "1", "--base", "185000", "--as-of", "2026-11-23").exit());
    assertEquals(0, offerEval("negotiation", "round", "1", "--stock", "200000", "--as-of", "2026-11-23").exit());

    Run show = offerEval("negotiation", "show", "1");
    assertEquals(0, show.exit(), show.err());
    assertTrue(show.out().contains("(open; 3 rounds;"), show.out());
    // round 2 traded the rest of round 1's ask for stock ($274,000: as a sign-on it would be 62% of the
    // base, over rounds.max-sign-on-pct), so round 3's stock is measured against that ask
    assertTrue(show.out().contains("stock $160,000 -> $200,000 (+$40,000, 35.09% of the way to the $274,000 asked)"),
        show.out());
    Run list = offerEval("negotiation", "list");
    assertEquals(2, list.out().lines().count(), list.out());
    assertTrue(list.out().lines().skip(1).findFirst().orElseThrow().matches(
        " 1  Twilio   Data Engineer       3  counter        open   \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ"), list.out());

    assertEquals(0, offerEval("negotiation", "delete", "1").exit());
    Run gone = offerEval("negotiation", "show", "1");
    assertEquals(2, gone.exit());
    assertEquals("offer-eval: no negotiation 1 in " + tmp.resolve("negotiations.db") + "\n", gone.err());
    assertTrue(Files.notExists(tmp.resolve(".local")), "nothing was written under the home folder");
  }

  /**
   * serve without --db takes the default file as a convenience: where it cannot be made (here the
   * data home is under a plain file), offers are still served, with a warning; a --db that cannot
   * be opened is still refused (ServeCommandTest).
   */
  @Test
  void serveWithoutDbServesOffersWhenTheDefaultFileCannotBeMade() throws Exception {
    Path notAFolder = Files.writeString(tmp.resolve("plain-file"), "x");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.home=" + tmp, "-jar", Path.of("target/offer-evaluator.jar").toAbsolutePath().toString(),
        "serve", "--port", "0", "--rules", "rules", "--data", "data");
    Path out = tmp.resolve("serve-out.txt");
    Path err = tmp.resolve("serve-err.txt");
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("XDG_DATA_HOME", notAFolder.resolve("data").toString());
    pb.environment().remove("XDG_CACHE_HOME");
    pb.environment().remove("OFFER_EVAL_RULES_CACHE");
    Process p = pb.start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (!Files.readString(out, StandardCharsets.UTF_8).contains("serving http://") && p.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      String said = Files.readString(out, StandardCharsets.UTF_8);
      assertTrue(p.isAlive(), "serve is running: " + said + Files.readString(err, StandardCharsets.UTF_8));
      assertTrue(said.contains("; negotiations: none)"), said);
      assertTrue(Files.readString(err, StandardCharsets.UTF_8).startsWith(
          "offer-eval: warning: serving without negotiations: "), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      p.destroy();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
