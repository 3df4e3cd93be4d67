package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Folders;
import dev.offereval.engine.RuleProblem;
import dev.offereval.engine.internal.Validator;
import dev.offereval.io.DataLoader;
import dev.offereval.model.Band;
import dev.offereval.model.BandKey;
import dev.offereval.model.internal.ReferenceData;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code offer-eval bands-from} on synthetic records (made-up companies, invented figures: see
 * {@code src/test/resources/records/README.md}), written into copies of the shipped data.
 */
class BandsFromCommandTest {
  static final Path RECORDS = Path.of("src/test/resources/records/synthetic-records.csv");
  static final Path MALFORMED = Path.of("src/test/resources/records/synthetic-records-malformed.csv");

  @TempDir Path tmp;

  private Path shippedCopy() throws IOException {
    return Folders.copy("data", Files.createTempDirectory(tmp, "data"));
  }

  private static Map<String, String> contents(Path dir) throws IOException {
    return ImportGuideTest.contents(dir);
  }

  private static void loadsAndValidates(Path data) {
    List<RuleProblem> problems = Validator.validate(Path.of("rules"), data);
    assertEquals(List.of(), problems.stream().filter(p -> p.severity().equals("error")).toList());
  }

  // ---- the figures, against an independent PERCENTILE.INC ----

  /** One generated record, as the test knows it. */
  private record Rec(String company, String level, String regionWritten, String region, BigDecimal base,
      BigDecimal grant, int vest, BigDecimal bonus, LocalDate date) {}

  /** PERCENTILE.INC as a spreadsheet documents it: rank (n-1)p, and a straight line to the next value. */
  static BigDecimal percentileInc(List<BigDecimal> values, int percent) {
    List<BigDecimal> x = new ArrayList<>(values);
    x.sort(Comparator.naturalOrder());
    BigDecimal rank = BigDecimal.valueOf(x.size() - 1L).multiply(BigDecimal.valueOf(percent)).movePointLeft(2);
    int k = rank.setScale(0, RoundingMode.FLOOR).intValueExact();
    BigDecimal fraction = rank.subtract(BigDecimal.valueOf(k));
    if (k + 1 >= x.size()) {
      return x.get(k);
    }
    return x.get(k).add(fraction.multiply(x.get(k + 1).subtract(x.get(k))));
  }

  private static BigDecimal thousand(BigDecimal v) {
    return v.setScale(-3, RoundingMode.HALF_UP);
  }

  private static BigDecimal half(BigDecimal v) {
    return v.multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.HALF_UP).divide(BigDecimal.valueOf(2));
  }

  private static final String[][] REGIONS = {
    {"SF", "san-francisco"}, {"San Francisco", "san-francisco"}, {"san-francisco", "san-francisco"},
    {"London", "london"}, {"Denver, CO", "denver"}};

  /** Seeded records in groups of 1 to 30, with cents, bonus decimals and vesting over 1 to 10 years. */
  private static List<Rec> generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Rec> out = new ArrayList<>();
    for (String company : List.of("Example Corp", "Example Analytics")) {
      for (String level : List.of("L1", "L2", "L3")) {
        for (String region : List.of("san-francisco", "london", "denver")) {
          int n = 1 + r.nextInt(30);
          for (int i = 0; i < n; i++) {
            String[] written = Stream.of(REGIONS).filter(w -> w[1].equals(region)).toList()
                .get(r.nextInt(region.equals("san-francisco") ? 3 : 1));
            int vest = r.nextInt(4) == 0 ? 1 + r.nextInt(10) : 4;
            out.add(new Rec(r.nextBoolean() ? company : company.toLowerCase(), level, written[0], region,
                BigDecimal.valueOf(9_000_000 + r.nextLong(15_000_000), 2), BigDecimal.valueOf(r.nextLong(40_000_000), 2),
                vest, BigDecimal.valueOf(r.nextInt(2_501), 2), LocalDate.of(2026, 1, 1).plusDays(r.nextInt(300))));
          }
        }
      }
    }
    java.util.Collections.shuffle(out, new java.util.Random(seed));
    return out;
  }

  private static Path write(Path file, List<Rec> records) throws IOException {
    StringBuilder csv = new StringBuilder("company,role,level,region,currency,base,stock_grant,vest_years,bonus_pct,"
        + "date,source\n");
    for (Rec x : records) {
      String currency = x.region().equals("london") ? "GBP" : "USD";
      csv.append(x.company()).append(",Data Engineer,").append(x.level()).append(",\"").append(x.regionWritten())
          .append("\",").append(currency).append(',').append(x.base().toPlainString()).append(',')
          .append(x.grant().toPlainString()).append(',').append(x.vest()).append(',').append(x.bonus().toPlainString())
          .append("%,").append(x.date()).append(",synthetic test record (invented)\n");
    }
    Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    return file;
  }

  private void figuresMatch(long seed, int low, int high, int min) throws Exception {
    List<Rec> records = generate(seed);
    Path file = write(tmp.resolve("records-" + seed + ".csv"), records);
    Path data = shippedCopy();
    Cli cli = Cli.run("bands-from", file.toString(), "--data", data.toString(), "--percentiles", low + "," + high,
        "--min-records", Integer.toString(min));
    assertEquals(0, cli.exit(), cli.err() + cli.out());
    loadsAndValidates(data);
    ReferenceData loaded = DataLoader.load(data);
    Map<String, List<Rec>> groups = new LinkedHashMap<>();
    records.forEach(x -> groups.computeIfAbsent(x.company().toLowerCase() + "|" + x.level() + "|" + x.region(),
        k -> new ArrayList<>()).add(x));
    int bands = 0;
    for (List<Rec> g : groups.values()) {
      Rec first = g.get(0);
      Optional<Band> band = loaded.band(new BandKey(first.company(), "Data Engineer", first.level(), first.region()));
      String label = first.company() + " " + first.level() + " " + first.region() + " (" + g.size() + " records)";
      if (g.size() < min) {
        assertTrue(band.isEmpty() || !band.get().sourceFile().endsWith(".records.yaml"), label);
        assertTrue(cli.out().contains(", " + first.level() + ", " + first.region() + ": " + g.size() + " record"
            + (g.size() == 1 ? "" : "s") + ", fewer than " + min + ": no band"), label + " named\n" + cli.out());
        continue;
      }
      bands++;
      Band b = band.orElseThrow(() -> new AssertionError(label + " has no band"));
      int[] counts = new int[11];
      g.forEach(x -> counts[x.vest()]++);
      int years = 1;
      for (int y = 1; y <= 10; y++) {
        years = counts[y] > counts[years] ? y : years;
      }
      int v = years;
      List<BigDecimal> base = g.stream().map(Rec::base).toList();
      List<BigDecimal> perYear = g.stream()
          .map(x -> x.grant().divide(BigDecimal.valueOf(x.vest()), MathContext.DECIMAL128)).toList();
      List<BigDecimal> bonus = g.stream().map(Rec::bonus).toList();
      assertEquals(0, thousand(percentileInc(base, low)).compareTo(b.base().min().amount()), label + " base min");
      assertEquals(0, thousand(percentileInc(base, high)).compareTo(b.base().max().amount()), label + " base max");
      assertEquals(v, b.vestYears(), label + " vest years");
      assertEquals(0, thousand(percentileInc(perYear, low).multiply(BigDecimal.valueOf(v)))
          .compareTo(b.stockGrant().min().amount()), label + " grant min");
      assertEquals(0, thousand(percentileInc(perYear, high).multiply(BigDecimal.valueOf(v)))
          .compareTo(b.stockGrant().max().amount()), label + " grant max");
      assertEquals(0, half(percentileInc(bonus, low)).compareTo(b.bonusPct().min()), label + " bonus min");
      assertEquals(0, half(percentileInc(bonus, high)).compareTo(b.bonusPct().max()), label + " bonus max");
      LocalDate from = g.stream().map(Rec::date).min(Comparator.naturalOrder()).orElseThrow();
      LocalDate to = g.stream().map(Rec::date).max(Comparator.naturalOrder()).orElseThrow();
      assertEquals(to, b.asOf(), label + " as of its newest record");
      assertEquals("computed from " + g.size() + " records in " + file.getFileName() + ", dated " + from + " to " + to
          + ", p" + low + "–p" + high, b.sources().get(0), label);
      assertEquals("synthetic test record (invented) (" + g.size() + " of the records)", b.sources().get(1), label);
    }
    assertTrue(bands >= 6, "enough groups have bands to mean something: " + bands);
  }

  @Test
  void writtenFiguresArePercentileIncOfTheRecordsWorkedOutIndependently() throws Exception {
    figuresMatch(20261207L, 25, 75, 5);
  }

  @Test
  void otherPercentilesAndMinimumGiveTheirOwnFigures() throws Exception {
    figuresMatch(7L, 10, 90, 12);
  }

  @Test
  void theSyntheticFilesFiguresInterpolateBetweenRanks() throws Exception {
    // near miss of the figures test: with 7 values at p25 the rank is 1.5, between 155,000 and 158,500
    // (156,750 -> 157,000); nearest-rank would give 155,000
    Path data = shippedCopy();
    Cli cli = Cli.run("bands-from", RECORDS.toString(), "--data", data.toString());
    Band b = DataLoader.load(data).band(new BandKey("Example Corp", "Data Engineer", "L2", "san-francisco"))
        .orElseThrow();
    assertEquals(0, new BigDecimal("157000").compareTo(b.base().min().amount()), cli.out());
    assertEquals(0, new BigDecimal("176000").compareTo(b.base().max().amount()), "175,500 rounds half up");
    // stock per year: 25,000 30,000 30,000 40,000 45,000 50,000 60,000 (one grant of 90,000 over 3 years)
    assertEquals(0, new BigDecimal("120000").compareTo(b.stockGrant().min().amount()));
    assertEquals(0, new BigDecimal("190000").compareTo(b.stockGrant().max().amount()));
    assertEquals(4, b.vestYears(), "six of the seven records vest over 4 years");
    assertEquals(0, new BigDecimal("14").compareTo(b.bonusPct().max()), "13.75 is 14 to the half point");
    assertEquals("computed from 7 records in synthetic-records.csv, dated 2026-01-05 to 2026-06-18, p25–p75",
        b.sources().get(0));
    assertEquals(LocalDate.of(2026, 6, 18), b.asOf());
  }

  // ---- groups without a band ----

  @Test
  void aGroupUnderTheMinimumIsNamedAndGetsNoBandAndOneAtItDoes() throws Exception {
    Path data = shippedCopy();
    Cli cli = Cli.run("bands-from", RECORDS.toString(), "--data", data.toString());
    assertTrue(cli.out().contains("Example Corp, Data Engineer, L3, london: 4 records, fewer than 5: no band\n"),
        cli.out());
    ReferenceData loaded = DataLoader.load(data);
    assertTrue(loaded.band(new BandKey("Example Corp", "Data Engineer", "L3", "london")).isEmpty());
    // near miss: five records, exactly the minimum, make a band
    assertTrue(loaded.band(new BandKey("Example Corp", "Data Engineer", "L2", "london")).isPresent());
    // and with a minimum of 4 the four make one too
    Path lower = shippedCopy();
    Cli four = Cli.run("bands-from", RECORDS.toString(), "--data", lower.toString(), "--min-records", "4");
    assertFalse(four.out().contains("fewer than"), four.out());
    assertTrue(DataLoader.load(lower).band(new BandKey("Example Corp", "Data Engineer", "L3", "london")).isPresent());
  }

  @Test
  void aGroupMixingCurrenciesIsRefusedWithItsLinesAndTheOtherBandsAreWritten() throws Exception {
    Path data = shippedCopy();
    Cli cli = Cli.run("bands-from", RECORDS.toString(), "--data", data.toString());
    assertEquals(1, cli.exit(), cli.err());
    assertTrue(cli.out().contains("Example Analytics, Analytics Engineer, A2, berlin: 7 records: refused, they mix"
        + " currencies: EUR 6 (lines 23, 24, 25, 27, 28, 29); USD 1 (line 26): no band\n"), cli.out());
    ReferenceData loaded = DataLoader.load(data);
    assertTrue(loaded.band(new BandKey("Example Analytics", "Analytics Engineer", "A2", "berlin")).isEmpty());
    assertEquals(3, loaded.bands().stream().filter(b -> b.sourceFile().endsWith(".records.yaml")).count());
    Band austin = loaded.band(new BandKey("Example Corp", "Data Engineer", "L2", "austin")).orElseThrow();
    assertEquals("Austin, TX", austin.regionName(), "a region the data does not know takes the id import-guide gives");
    loadsAndValidates(data);
  }

  // ---- a file refused ----

  @Test
  void aMalformedRecordRefusesTheFileNamingEveryBadLineAndWritesNothing() throws Exception {
    Path data = shippedCopy();
    Map<String, String> before = contents(data);
    Cli cli = Cli.run("bands-from", MALFORMED.toString(), "--data", data.toString(), "--min-records", "1");
    assertEquals(1, cli.exit(), cli.err());
    assertEquals(List.of(
        "synthetic-records-malformed.csv:3: base: 'about 155k' is not an amount (write digits, such as 195000 or"
            + " 195,000)",
        "synthetic-records-malformed.csv:4: date: '2026-02-30' is not a date (YYYY-MM-DD)",
        "synthetic-records-malformed.csv:5: currency: is blank",
        "synthetic-records-malformed.csv:7: vest_years: missing (the row has 7 cells where the header has 11)",
        "synthetic-records-malformed.csv:7: bonus_pct: missing (the row has 7 cells where the header has 11)",
        "synthetic-records-malformed.csv:7: date: missing (the row has 7 cells where the header has 11)",
        "synthetic-records-malformed.csv: refused: 4 malformed records (each named above); nothing written"),
        cli.err().lines().toList());
    assertEquals("", cli.out());
    assertEquals(before, contents(data), "nothing written");
    // near miss: the same file without its bad lines is read and its band written
    List<String> lines = Files.readAllLines(MALFORMED);
    List<String> good = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!List.of(3, 4, 5, 7).contains(i + 1)) {
        good.add(lines.get(i));
      }
    }
    Path clean = Files.write(tmp.resolve("clean.csv"), good);
    Cli ok = Cli.run("bands-from", clean.toString(), "--data", data.toString(), "--min-records", "3");
    assertEquals(0, ok.exit(), ok.err());
    assertTrue(DataLoader.load(data).band(new BandKey("Example Corp", "Data Engineer", "L2", "san-francisco"))
        .isPresent());
  }

  @Test
  void aHeaderWithoutAColumnRefusesTheFile() throws Exception {
    Path data = shippedCopy();
    Map<String, String> before = contents(data);
    Path file = Files.writeString(tmp.resolve("no-date.csv"), "company,role,level,region,currency,base,stock_grant,"
        + "vest_years,bonus_pct\nExample Corp,Data Engineer,L2,SF,USD,150000,120000,4,10\n");
    Cli cli = Cli.run("bands-from", file.toString(), "--data", data.toString());
    assertEquals(1, cli.exit());
    assertTrue(cli.err().startsWith("no-date.csv:1: date: missing from the header"), cli.err());
    assertEquals(before, contents(data));
  }

  @Test
  void badUsageIsExitTwo() throws Exception {
    Cli backwards = Cli.run("bands-from", RECORDS.toString(), "--percentiles", "75,25", "--dry-run");
    assertEquals(2, backwards.exit());
    assertTrue(backwards.err().contains("the lower first"), backwards.err());
    Cli one = Cli.run("bands-from", RECORDS.toString(), "--percentiles", "25", "--dry-run");
    assertEquals(2, one.exit());
    assertTrue(one.err().contains("--percentiles takes two whole percentiles, such as 25,75; got '25'"), one.err());
    Cli missing = Cli.run("bands-from", tmp.resolve("none.csv").toString(), "--dry-run");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("none.csv: file not found"), missing.err());
  }

  // ---- dates ----

  @Test
  void asOfLeavesOutLaterRecords() throws Exception {
    Path data = shippedCopy();
    Cli cli = Cli.run("bands-from", RECORDS.toString(), "--data", data.toString(), "--as-of", "2026-05-31");
    assertTrue(cli.out().startsWith("synthetic-records.csv: 25 records, dated 2026-01-05 to 2026-05-30 (and 3 dated"
        + " after 2026-05-31, left out)"), cli.out());
    Band sf = DataLoader.load(data).band(new BandKey("Example Corp", "Data Engineer", "L2", "san-francisco"))
        .orElseThrow();
    assertEquals(LocalDate.of(2026, 5, 30), sf.asOf());
    assertTrue(sf.sources().get(0).startsWith("computed from 6 records"), sf.sources().toString());
  }

  // ---- a band the data holds from a guide ----

  private static final String BERLIN = "company,role,level,region,currency,base,stock_grant,vest_years,bonus_pct,date\n"
      + "Example Corp,Analytics Engineer,E3,Berlin,EUR,72000,33000,3,5,2026-01-15\n"
      + "Example Corp,Analytics Engineer,E3,Berlin,EUR,76000,36000,3,6,2026-02-15\n"
      + "Example Corp,Analytics Engineer,E3,Berlin,EUR,80000,42000,3,8,2026-03-15\n"
      + "Example Corp,Analytics Engineer,E3,Berlin,EUR,83000,45000,3,8,2026-04-15\n"
      + "Example Corp,Analytics Engineer,E3,Berlin,EUR,88000,51000,3,10,2026-05-15\n";

  @Test
  void aGuidesBandStaysWithTheDifferenceReportedUnlessReplaced() throws Exception {
    Path data = shippedCopy();
    assertEquals(0, Cli.run("import-guide", ImportGuideTest.EXAMPLE.toString(), "--data", data.toString()).exit());
    Path file = Files.writeString(tmp.resolve("berlin.csv"), BERLIN); // synthetic: invented figures
    Map<String, String> before = contents(data);
    Cli kept = Cli.run("bands-from", file.toString(), "--data", data.toString());
    assertEquals(0, kept.exit(), kept.err());
    assertTrue(kept.out().contains("  the data holds this band from the guide \"Analytics Engineer | Example Corp Global"
        + " Negotiation Guide\" (bands/example-corp-analytics-engineer.yaml, as of 2026-03-01); it stays (--replace"
        + " puts this one in its place). Against it:\n"
        + "    base: held €70,000–€95,000, computed €76,000–€83,000 (min +€6,000, max -€12,000)\n"
        + "    stock grant over 3 years: held €30,000–€60,000, computed €36,000–€45,000 (min +€6,000, max -€15,000)\n"
        + "    bonus: held 5–10%, computed 6–8% (min +1, max -2 points)\n"), kept.out());
    assertEquals(before, contents(data), "the guide's band stays and nothing is written");

    Cli replaced = Cli.run("bands-from", file.toString(), "--data", data.toString(), "--replace");
    assertEquals(0, replaced.exit(), replaced.err());
    assertTrue(replaced.out().contains("  bands/example-corp-analytics-engineer-e3-berlin.records.yaml: new, in place of"
        + " the band from the guide"), replaced.out());
    ReferenceData loaded = DataLoader.load(data);
    Band berlin = loaded.band(new BandKey("Example Corp", "Analytics Engineer", "E3", "berlin")).orElseThrow();
    assertEquals("bands/example-corp-analytics-engineer-e3-berlin.records.yaml", berlin.sourceFile());
    assertEquals(0, new BigDecimal("76000").compareTo(berlin.base().min().amount()));
    Band austin = loaded.band(new BandKey("Example Corp", "Analytics Engineer", "E3", "austin")).orElseThrow();
    assertEquals("bands/example-corp-analytics-engineer.yaml", austin.sourceFile(), "the guide's other band stays");
    loadsAndValidates(data);
    // a second run changes nothing
    Map<String, String> after = contents(data);
    Cli again = Cli.run("bands-from", file.toString(), "--data", data.toString(), "--replace");
    assertTrue(again.out().contains("e3-berlin.records.yaml: unchanged") && again.out().endsWith("no change in " + data
        + "\n"), again.out());
    assertEquals(after, contents(data));
  }
}
