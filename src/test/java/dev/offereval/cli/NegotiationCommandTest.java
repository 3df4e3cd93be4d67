package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offereval.io.EvaluationJson;
import dev.offereval.store.Negotiations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The negotiation commands' contracts beyond the golden session: what a round keeps, and each failure. */
class NegotiationCommandTest {
  static final String[] SEED = {"--company", "Twilio", "--role", "Data Engineer", "--level", "L2", "--region",
    "san-francisco", "--base", "170000", "--stock", "160000", "--bonus-pct", "10", "--vest-schedule", "5/15/40/40",
    "--skills", "cdp,kafka", "--competing-company", "Snowflake", "--competing-level", "IC2", "--competing-base",
    "195000", "--competing-stock", "230000", "--as-of", "2026-11-23"};

  @TempDir Path dir;

  private Cli run(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--db");
    all.add(dir.resolve("n.db").toString());
    return Cli.run(all.toArray(String[]::new));
  }

  private Cli start(String... more) {
    List<String> all = new ArrayList<>(List.of("negotiation", "start"));
    all.addAll(Arrays.asList(SEED));
    all.addAll(Arrays.asList(more));
    return run(all.toArray(String[]::new));
  }

  @Test
  void givenARoundWithOnlyTheBaseThenEveryOtherFieldAndTheCompetingOfferAreKept() throws Exception {
    assertEquals(0, start().exit());
    Cli round = run("negotiation", "round", "1", "--base", "$185,000", "--format", "json", "--as-of", "2026-11-23");
    assertEquals(0, round.exit(), round.err());
    JsonNode json = EvaluationJson.reader().readTree(round.out());
    assertEquals(1, json.get("negotiation_id").asInt());
    assertEquals(2, json.get("round").asInt());
    try (Negotiations n = Negotiations.open(dir.resolve("n.db"))) {
      var offer = n.get(1).lastRound().offer();
      assertEquals("185000", offer.base().amount().toPlainString());
      assertEquals("160000", offer.stockGrant().amount().toPlainString());
      assertEquals("5/15/40/40", offer.vestSchedule().text());
      assertEquals(List.of("cdp", "kafka"), List.copyOf(offer.skills()));
      assertEquals("Snowflake", offer.competing().get(0).company());
      assertEquals(0, offer.bonusPct().compareTo(java.math.BigDecimal.TEN));
    }
  }

  @Test
  void givenABonusAsAnAmountThenItIsKeptAsAPercentageOfTheRevisedBase() throws Exception {
    start();
    assertEquals(0, run("negotiation", "round", "1", "--base", "200000", "--bonus", "25000").exit());
    try (Negotiations n = Negotiations.open(dir.resolve("n.db"))) {
      assertEquals("12.5", n.get(1).lastRound().offer().bonusPct().toPlainString());
    }
  }

  @Test
  void givenBothBonusFlagsThenNothingIsRecordedAndOneLineSaysWhy() {
    start();
    Cli both = run("negotiation", "round", "1", "--bonus", "25000", "--bonus-pct", "12");
    assertEquals(2, both.exit());
    assertEquals("offer-eval: --bonus and --bonus-pct both give the bonus: give one\n", both.err());
    assertTrue(run("negotiation", "show", "1").out().contains("(open; 1 round;"));
  }

  @Test
  void givenAnAmountThatIsNotOneThenNothingIsRecordedAndTheFlagIsNamed() {
    start();
    Cli bad = run("negotiation", "round", "1", "--base", "185k");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().startsWith("offer-eval: nothing recorded: --base "), bad.err());
    assertEquals(1, bad.err().lines().count());
    // near miss: the same round with a readable amount is recorded
    assertEquals(0, run("negotiation", "round", "1", "--base", "185000").exit());
  }

  @Test
  void givenAClosedNegotiationThenARoundIsRefusedInOneLine() {
    start();
    try (Negotiations n = Negotiations.open(dir.resolve("n.db"))) {
      n.closeNegotiation(1, "accepted the offer");
    }
    Cli refused = run("negotiation", "round", "1", "--base", "190000");
    assertEquals(2, refused.exit());
    assertEquals("offer-eval: negotiation 1 is closed (accepted the offer); it takes no more rounds\n", refused.err());
    assertEquals("", refused.out());
  }

  @Test
  void givenADatabaseThatCannotBeOpenedThenOneLineNamesItWithoutAStackTrace() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("a-folder"));
    Cli failed = Cli.run("negotiation", "list", "--db", folder.toString());
    assertEquals(2, failed.exit());
    assertTrue(failed.err().startsWith("offer-eval: cannot open " + folder + ": "), failed.err());
    assertEquals(1, failed.err().lines().count(), failed.err());
  }

  @Test
  void givenAnExportWhenImportedThenTheCopyShowsTheSameTimelineUnderANewId() throws Exception {
    start("--note", "<script>alert(1)</script>");
    run("negotiation", "round", "1", "--base", "185000", "--as-of", "2026-11-23");
    Path file = dir.resolve("export.json");
    assertEquals(0, run("negotiation", "export", "1", "-o", file.toString()).exit());
    Cli imported = run("negotiation", "import", file.toString());
    assertEquals(0, imported.exit(), imported.err());
    assertTrue(imported.out().startsWith("imported negotiation 2 (Twilio, Data Engineer, 2 rounds)"), imported.out());
    String one = run("negotiation", "show", "1").out();
    String two = run("negotiation", "show", "2").out();
    assertEquals(one.replaceFirst("Negotiation 1:", "Negotiation 2:"), two);
    String html = run("negotiation", "show", "2", "--format", "html").out();
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the note shows as text");
    assertFalse(html.contains("<script>alert"));
  }

  @Test
  void givenAFileThatIsNotAnExportThenImportStoresNothing() throws Exception {
    Path file = Files.writeString(dir.resolve("other.json"), "{\"format\": \"something\"}");
    Cli refused = run("negotiation", "import", file.toString());
    assertEquals(2, refused.exit());
    assertTrue(refused.err().startsWith("offer-eval: " + file + ": not a negotiation export"), refused.err());
    assertTrue(run("negotiation", "list").out().startsWith("no negotiations yet"));
  }
}
