package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Folders;
import dev.offereval.engine.Explain;
import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.RuleProblem;
import dev.offereval.engine.internal.Validator;
import dev.offereval.io.DataLoader;
import dev.offereval.model.Band;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Evaluation;
import dev.offereval.model.internal.Lever;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.internal.ReferenceData;
import dev.offereval.model.Status;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code offer-eval import-guide} on the seed guide and on the synthetic test guides under
 * {@code src/test/resources/guides/} (made-up companies and figures, as each guide says).
 */
class ImportGuideTest {
  /** A copy of ../shared/seed/000_89e5badf11359f5c.txt, byte for byte, so the tests need nothing outside the project. */
  static final Path SEED = Path.of("src/test/resources/guides/seed/000_89e5badf11359f5c.txt");
  static final Path GUIDES = Path.of("src/test/resources/guides");
  static final Path EXAMPLE = GUIDES.resolve("example-corp-analytics-engineer.md");
  static final Path SAMPLE = GUIDES.resolve("sample-analytics-data-engineer.txt");
  static final Path MALFORMED = GUIDES.resolve("malformed-guide.md");
  /** Two synthetic guides whose level lines share Google L3 and Meta E3, with each other and with the seed. */
  static final Path ANALYTICS = GUIDES.resolve("example-analytics-analytics-engineer.md");
  static final Path STREAMING = GUIDES.resolve("example-streaming-data-engineer.md");

  @TempDir Path tmp;

  private Path shippedCopy() throws IOException {
    return Folders.copy("data", Files.createTempDirectory(tmp, "data"));
  }

  private static Path seed() {
    return SEED;
  }

  static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Test
  void dryRunOfTheSeedAgainstTheShippedDataReportsNoChange() throws IOException {
    Path data = shippedCopy();
    Map<String, String> before = contents(data);
    Cli cli = Cli.run("import-guide", seed().toString(), "--data", data.toString(), "--dry-run");
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().startsWith("000_89e5badf11359f5c.txt: Data Engineer | Twilio Global Negotiation Guide, as of"
        + " 2026-02; read as double-encoded UTF-8, decoded\n"), cli.out());
    assertTrue(cli.out().endsWith("--dry-run: no change\n"), cli.out());
    assertFalse(cli.out().contains("\n+"), "no diff: " + cli.out());
    assertEquals(before, contents(data));
  }

  @Test
  void importingTheSeedReproducesTheShippedDataForTheGuidesFacts() throws Exception {
    Path data = shippedCopy();
    // take away what the guide states: its band file, its level group, and the guide's words of a lever
    Files.delete(data.resolve("bands/twilio-data-engineer.yaml"));
    Files.writeString(data.resolve("levels.yaml"), "groups: []\n");
    Folders.edit(data.resolve("levers.yaml"), "at comparable scale is exactly", "at scale is");
    Cli cli = Cli.run("import-guide", seed().toString(), "--data", data.toString());
    assertEquals(0, cli.exit(), cli.err());
    assertEquals(Files.readString(Path.of("data/bands/twilio-data-engineer.yaml")),
        Files.readString(data.resolve("bands/twilio-data-engineer.yaml")), "the band file as shipped, byte for byte");
    ReferenceData shipped = DataLoader.load(Path.of("data"));
    ReferenceData imported = DataLoader.load(data);
    assertEquals(shipped.bands().toString(), imported.bands().toString());
    assertEquals(shipped.bands().stream().map(b -> List.of(b.base(), b.stockGrant(), b.bonusPct(), b.statedTotalComp(),
        b.vestYears(), b.sources(), b.regionName())).toList(), imported.bands().stream().map(b -> List.of(b.base(),
        b.stockGrant(), b.bonusPct(), b.statedTotalComp(), b.vestYears(), b.sources(), b.regionName())).toList());
    assertEquals(shipped.levels(), imported.levels());
    assertEquals(shipped.levers(), imported.levers(), "the guide's words restored; the authors' fields kept");
    // and once more changes nothing
    assertTrue(Cli.run("import-guide", seed().toString(), "--data", data.toString()).out().endsWith("no change in "
        + data + "\n"));
  }

  @Test
  void importingTheSameGuidesTwiceChangesNothing() throws IOException {
    Path data = shippedCopy();
    Cli first = Cli.run("import-guide", EXAMPLE.toString(), SAMPLE.toString(), "--data", data.toString());
    assertEquals(0, first.exit(), first.err());
    Map<String, String> once = contents(data);
    Cli second = Cli.run("import-guide", EXAMPLE.toString(), SAMPLE.toString(), "--data", data.toString());
    assertEquals(0, second.exit(), second.err());
    assertTrue(second.out().endsWith("no change in " + data + "\n"), second.out());
    assertEquals(once, contents(data));
  }

  @Test
  void aRevisedGuideShowsItsChangeAsADiffAndDryRunWritesNothing() throws IOException {
    Path data = shippedCopy();
    assertEquals(0, Cli.run("import-guide", EXAMPLE.toString(), "--data", data.toString()).exit());
    Map<String, String> before = contents(data);
    Path revised = tmp.resolve("example-corp-analytics-engineer.md");
    Files.writeString(revised, Files.readString(EXAMPLE).replace("| €70K–€95K |", "| €72K–€95K |"));
    Cli cli = Cli.run("import-guide", revised.toString(), "--data", data.toString(), "--dry-run");
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().contains("--- a/bands/example-corp-analytics-engineer.yaml\n"
        + "+++ b/bands/example-corp-analytics-engineer.yaml\n"), cli.out());
    assertTrue(cli.out().contains("\n-    base: { min: 70000, max: 95000 }\n+    base: { min: 72000, max: 95000 }\n"),
        cli.out());
    assertTrue(cli.out().endsWith("--dry-run: 1 file would change; nothing written\n"), cli.out());
    assertEquals(before, contents(data));
  }

  @Test
  void theTestGuidesImportValidateAndEvaluateWithTheirLeversAndScript() throws Exception {
    Path data = shippedCopy();
    Cli cli = Cli.run("import-guide", EXAMPLE.toString(), SAMPLE.toString(), "--data", data.toString());
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().contains("example-corp-analytics-engineer.md: Analytics Engineer | Example Corp Global"
        + " Negotiation Guide, as of 2026-03; read as clean UTF-8\n"), cli.out());
    assertTrue(cli.out().contains("sample-analytics-data-engineer.txt: Data Engineer | Sample Analytics Inc. Global"
        + " Negotiation Guide, as of 2026-04; read as double-encoded UTF-8, decoded\n"), cli.out());
    // the importer proposes skills from the guide's words, and says which lever it could not match
    assertTrue(cli.out().contains("  lever streaming-analytics: applies-when any-of [streaming], proposed from \"kafka\","
        + " \"flink\" in its words; check it\n"), cli.out());
    assertTrue(cli.out().contains("  lever analytics-engineering-craft: no skill tag or skill name of expertise.yaml"
        + " appears in its words; it stays inactive until an author adds applies-when (or a rule)\n"), cli.out());
    List<RuleProblem> problems = Validator.validate(Path.of("rules"), data);
    assertEquals(0, problems.stream().filter(p -> p.severity().equals("error")).count(), problems.toString());

    ReferenceData d = DataLoader.load(data);
    Band berlin = d.bands().stream().filter(b -> b.region().equals("berlin")).findFirst().orElseThrow();
    assertEquals("EUR", berlin.currency().getCurrencyCode());
    assertEquals(3, berlin.vestYears(), "the stock column says RSU/3yr");
    assertEquals(0, new BigDecimal("70000").compareTo(berlin.base().min().amount()));
    Band toronto = d.bands().stream().filter(b -> b.region().equals("toronto")).findFirst().orElseThrow();
    assertEquals("CAD", toronto.currency().getCurrencyCode(), "CA$ is Canadian dollars");
    assertEquals(0, new BigDecimal("40000").compareTo(toronto.stockGrant().min().amount()), "'CA$40K to CA$100K'");
    assertEquals(5, d.levels().stream().filter(l -> l.group().id().equals("analytics-engineer-e3")).count());
    Lever unmatched = d.lever("analytics-engineering-craft").orElseThrow();
    assertEquals(null, unmatched.needs(), "never guessed");

    OfferEvaluator evaluator = OfferEvaluator.fromDirectories(Path.of("rules"), data);
    LocalDate on = LocalDate.of(2026, 11, 23);
    // one offer against each new band, with a competing offer at the band's maximum at an equivalent
    // level (synthetic figures), so it anchors the counter: OK, the guide's levers and its own script
    record Case(String company, String role, String level, String region, String currency, String base, String stock,
        int vest, String competitor, String competingLevel, String competingBase, String competingStock, String lever,
        String script) {}
    List<Case> cases = List.of(
        new Case("Example Corp", "Analytics Engineer", "E3", "Austin", "USD", "130000", "80000", 3,
            "Sample Analytics Inc.", "DE3", "160000", "120000", "streaming-analytics", "example-corp-negotiate-up"),
        new Case("example corp", "Analytics Engineer", "E3", "Berlin", "EUR", "75000", "36000", 3,
            "Sample Analytics Inc.", "DE3", "95000", "60000", "feature-platform-experience", "example-corp-negotiate-up"),
        new Case("Sample Analytics Inc.", "Data Engineer", "DE2", "Toronto", "CAD", "120000", "60000", 4,
            "Demo Systems Ltd.", "L3", "150000", "100000", "realtime", "sample-analytics-inc-negotiate-up"),
        new Case("Sample Analytics Inc.", "Data Engineer", "DE2", "Austin, TX", "USD", "130000", "100000", 4,
            "Demo Systems Ltd.", "L3", "165000", "160000", "realtime", "sample-analytics-inc-negotiate-up"));
    for (Case c : cases) {
      Offer offer = new Offer(c.region(), c.company(), c.role(), c.level(), c.region(), Money.of(c.base(), c.currency()),
          Money.of(c.stock(), c.currency()), c.vest(), new BigDecimal("10"), null,
          new TreeSet<>(List.of("kafka", "feature-store")),
          List.of(new CompetingOffer(c.competitor(), c.competingLevel(), Money.of(c.competingBase(), c.currency()),
              Money.of(c.competingStock(), c.currency()), c.vest(), new BigDecimal("10"))));
      Evaluation e = evaluator.evaluate(offer, on, Explain.NONE);
      assertEquals(Status.OK, e.status(), c + " " + e.messages());
      assertEquals(c.currency(), e.band().orElseThrow().currency().getCurrencyCode(), c.toString());
      assertTrue(e.hasLever(c.lever()), c + " " + e.levers());
      assertEquals(c.script(), e.scriptTemplateId(), c + " " + e.script().orElse(null));
      assertFalse(e.script().orElseThrow().contains("{"), e.script().orElse(null));
    }
    Evaluation austin = evaluator.evaluate(new Offer("a", "Example Corp", "Analytics Engineer", "E3", "austin", Money.of("130000", "USD"), Money.of("80000", "USD"), 3, new BigDecimal("10"), null,
        new TreeSet<>(List.of("kafka")), List.of(new CompetingOffer("Sample Analytics Inc.", "DE3",
            Money.of("160000", "USD"), Money.of("120000", "USD"), 3, new BigDecimal("10")))), on, Explain.NONE);
    assertTrue(austin.script().orElseThrow().startsWith("I'm excited about the analytics work at Example Corp. My current offer from a"
        + " peer company is $160K base with $120K RSUs. To choose Example Corp, I'd need the base at $160K and RSUs at"
        + " $120K over three years."), austin.script().orElse(null));
    assertFalse(austin.hasLever("insights-platform"), "near miss: no CDP skill, so the company lever does not apply");

    Offer toronto1 = new Offer("toronto", "Sample Analytics Inc.", "Data Engineer", "DE2", "toronto",
        Money.of("120000", "CAD"), Money.of("60000", "CAD"), 4, new BigDecimal("10"), null,
        new TreeSet<>(List.of("kafka", "segment")), List.of());
    Evaluation t = evaluator.evaluate(toronto1, on, Explain.NONE);
    assertEquals(Status.OK, t.status(), t.messages().toString());
    assertTrue(t.hasLever("realtime") && t.hasLever("customer-data-platform-depth"), t.levers().toString());
    assertTrue(t.levers().stream().anyMatch(l -> l.talkingPoint().equals(
        "At Sample Analytics Inc., this work calls for my experience with Kafka.")), t.levers().toString());
  }

  @Test
  void aMalformedGuideIsReportedLineByLineAndNothingOfItIsWritten() throws IOException {
    Path data = shippedCopy();
    Map<String, String> before = contents(data);
    Cli cli = Cli.run("import-guide", MALFORMED.toString(), EXAMPLE.toString(), "--data", data.toString());
    assertEquals(1, cli.exit());
    assertEquals("malformed-guide.md:7: unknown currency symbol \"¥\" in base \"¥9M–¥12M\" (known: $ US$ CA$ C$ A$ AU$"
        + " NZ$ S$ HK$ MX$ £ € ₹, or an ISO code before the figure such as JPY 150K)\n"
        + "malformed-guide.md:8: region row has 4 cells where the header has 5: | Austin, TX | $120K–$160K |"
        + " $60K–$120K | 10–15% |\n"
        + "malformed-guide.md:19: missing section: the level mapping (a line starting **Level Mapping:**)\n"
        + "malformed-guide.md: not imported (3 problems); nothing of it is written\n", cli.err());
    Map<String, String> after = contents(data);
    assertFalse(after.containsKey("bands/demo-systems-ltd-data-engineer.yaml"));
    assertTrue(after.containsKey("bands/example-corp-analytics-engineer.yaml"), "the good guide is still imported");
    assertEquals(before.get("bands/twilio-data-engineer.yaml"), after.get("bands/twilio-data-engineer.yaml"));
  }

  /** Each level the data places, with the id of its class of equivalent levels. */
  private static Map<String, String> classes(Path data) throws Exception {
    Map<String, String> out = new TreeMap<>();
    DataLoader.load(data).levels().forEach(l -> out.put(l.company() + " " + l.level(), l.group().id()));
    return out;
  }

  @Test
  void twoGuidesWhoseLevelLinesShareGoogleAndMetaLevelsImportTogetherInEitherOrderAndOnceMoreChangeNothing()
      throws Exception {
    Map<String, String> expected = new TreeMap<>();
    for (String level : List.of("Twilio L2", "Google L3", "Meta E3", "Snowflake IC2", "Databricks IC2",
        "Example Analytics A2", "Example Streaming S2")) {
      expected.put(level, "analytics-engineer-a2");
    }
    List<Map<String, String>> levelFiles = new java.util.ArrayList<>();
    for (List<Path> order : List.of(List.of(ANALYTICS, STREAMING), List.of(STREAMING, ANALYTICS))) {
      Path data = shippedCopy();
      for (Path guide : order) {
        // one command a guide: the second meets the first's group in levels.yaml
        Cli cli = Cli.run("import-guide", guide.toString(), "--data", data.toString());
        assertEquals(0, cli.exit(), order + ": " + cli.err());
        assertTrue(cli.out().contains("  levels.yaml: updated (added group "), cli.out());
      }
      assertEquals(expected, classes(data), order + ": one class, named by its least id whatever the order");
      Map<String, String> once = contents(data);
      Cli again = Cli.run("import-guide", order.get(1).toString(), order.get(0).toString(), "--data", data.toString());
      assertEquals(0, again.exit(), again.err());
      assertTrue(again.out().endsWith("no change in " + data + "\n"), again.out());
      assertTrue(again.out().contains("  levels.yaml: unchanged (group data-engineer-s2, 3 companies)\n"), again.out());
      assertEquals(once, contents(data));
      levelFiles.add(Map.of("levels.yaml", once.get("levels.yaml")));
    }
    assertFalse(levelFiles.get(0).equals(levelFiles.get(1)), "the groups are written in import order");
  }

  @Test
  void aGuideWhoseLevelLineWouldMakeTwoOfACompanysLevelsEquivalentIsRefusedNamingBothSourceLines() throws Exception {
    // near miss of the above: the streaming guide, revised to map Meta E3 to Google L4 (the seed says L3)
    Path data = shippedCopy();
    Path revised = tmp.resolve("example-streaming-data-engineer.md");
    Files.writeString(revised, Files.readString(STREAMING).replace("= Meta E3 = Google L3", "= Meta E3 = Google L4"));
    Map<String, String> before = contents(data);
    Cli cli = Cli.run("import-guide", revised.toString(), "--data", data.toString());
    assertEquals(1, cli.exit(), cli.out());
    assertEquals("example-streaming-data-engineer.md: the data would not load after importing it: levels.yaml:21:"
        + " groups[1].levels[2]: contradiction: Google L3 and Google L4 would be equivalent, as Google L3 = Meta E3"
        + " (levels.yaml:8, Data Engineer | Twilio Global Negotiation Guide: Level Mapping (000_89e5badf11359f5c.txt:18))"
        + " = Google L4 (levels.yaml:16, Data Engineer | Example Streaming Global Negotiation Guide: Level Mapping"
        + " (example-streaming-data-engineer.md:14)); a company's own levels are never equivalent to each other, so one"
        + " of these mappings is wrong\n", cli.err());
    assertEquals(before, contents(data), "nothing written");
  }

  @Test
  void aCompetingOfferAtALevelEquivalentThroughAChainOfGuidesIsComparedAndExplained() throws Exception {
    Path data = shippedCopy();
    assertEquals(0, Cli.run("import-guide", ANALYTICS.toString(), STREAMING.toString(), "--data", data.toString()).exit());
    LocalDate on = LocalDate.of(2026, 11, 23);
    try (OfferEvaluator evaluator = OfferEvaluator.fromDirectories(Path.of("rules"), data)) {
      // a Twilio offer and a (synthetic) Example Streaming offer: the seed maps Twilio L2 = Google L3, the
      // streaming guide Example Streaming S2 = Google L3; no one source maps the two
      Offer offer = new Offer("chain", "Twilio", "Data Engineer", "L2", "denver", Money.of("150000", "USD"),
          Money.of("120000", "USD"), 4, new BigDecimal("10"), null, new TreeSet<>(), List.of(new CompetingOffer(
              "Example Streaming", "S2", Money.of("170000", "USD"), Money.of("160000", "USD"), 4, null)));
      Evaluation e = evaluator.evaluate(offer, on, Explain.NONE);
      assertEquals(Status.OK, e.status(), e.messages().toString());
      assertEquals("Example Streaming S2", e.anchor().label());
      assertEquals(Money.of("170000", "USD"), e.counter().orElseThrow().base(), "the counter matches its base");
      assertEquals("the strongest package at an equivalent level (Twilio L2 = Google L3 [Data Engineer | Twilio Global"
          + " Negotiation Guide: Level Mapping (000_89e5badf11359f5c.txt:18)] = Example Streaming S2 [Data Engineer |"
          + " Example Streaming Global Negotiation Guide: Level Mapping (example-streaming-data-engineer.md:14)]), worth"
          + " $210,000 a year (4-year average, before bonus), more than the offer and than the band target's $197,500 a"
          + " year (4-year average, before bonus)", e.anchor().why());

      // near miss: a Snowflake offer, which the seed's one line maps, is compared with no chain to explain
      Offer direct = new Offer("direct", "Twilio", "Data Engineer", "L2", "denver", Money.of("150000", "USD"),
          Money.of("120000", "USD"), 4, new BigDecimal("10"), null, new TreeSet<>(), List.of(new CompetingOffer(
              "Snowflake", "IC2", Money.of("170000", "USD"), Money.of("160000", "USD"), 4, null)));
      Evaluation d = evaluator.evaluate(direct, on, Explain.NONE);
      assertEquals("the strongest package at an equivalent level, worth $210,000 a year (4-year average, before bonus),"
          + " more than the offer and than the band target's $197,500 a year (4-year average, before bonus)",
          d.anchor().why());
    }
  }
}
