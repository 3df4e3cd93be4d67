package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch command on generated input (synthetic offers). */
class EvaluateCommandTest {
  private static final String HEADER = "offer_id,company,role,level,region,currency,base,stock_grant,vest_years,"
      + "bonus_pct,sign_on,skills,competing_company,competing_level,competing_base,competing_stock_grant,"
      + "competing_bonus_pct,competing_currency";

  /** Ten kinds of malformed row, each with the column its error must name. */
  private static final String[][] BROKEN = {
    {"r%d,Twilio,Data Engineer,L2,denver,USD,12abc,100000,4,10,,,,,,,,", "base '12abc'"},
    {"r%d,Twilio,Data Engineer,L2,denver,USD,,100000,4,10,,,,,,,,", "base is required"},
    {"r%d,Twilio,Data Engineer,L2,denver,XYZ1,150000,100000,4,10,,,,,,,,", "currency 'XYZ1'"},
    {"r%d,Twilio,Data Engineer,L2,denver,USD,150000,-5,4,10,,,,,,,,", "stock_grant '-5'"},
    {"r%d,Twilio,Data Engineer,L2,denver,USD,150000,100000,four,10,,,,,,,,", "vest_years 'four'"},
    {"r%d,Twilio,Data Engineer,L2,denver,USD,150000,100000,4,ten,,,,,,,,", "bonus_pct 'ten'"},
    {"r%d,,Data Engineer,L2,denver,USD,150000,100000,4,10,,,,,,,,", "company is required"},
    {"r%d,Twilio,Data Engineer,L2,denver,USD,1e400,100000,4,10,,,,,,,,", "base '1e400'"},
    {"r%d,Twilio,Data Engineer,L2,denver,USD,150000,100000,4,10,,,Snowflake,IC2,,,,", "competing_base is required"},
    {"r%d,Twilio,Data Engineer,L2,denver,USD,\"£150,000\",100000,4,10,,,,,,,,", "is in pounds but the currency is USD"},
  };

  @TempDir Path tmp;

  @Test
  void everyInputRowYieldsOneOutputRowInOrderWithItsStatusAndLine() throws Exception {
    Random random = new Random(1000);
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    List<String> expectedStatus = new ArrayList<>();
    List<String> expectedError = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      if (random.nextInt(10) == 0) {
        String[] broken = BROKEN[random.nextInt(BROKEN.length)];
        csv.append(String.format(broken[0], i)).append('\n');
        expectedStatus.add("INVALID");
        expectedError.add(broken[1]);
      } else {
        String region = random.nextBoolean() ? "denver" : "new-york";
        csv.append(String.format("r%d,Twilio,Data Engineer,L2,%s,USD,%d,%d,4,%d,,kafka,,,,,,%n", i, region,
            120_000 + random.nextInt(80_000), random.nextInt(200_000), 5 + random.nextInt(15)));
        expectedStatus.add(region.equals("denver") ? "OK" : "NO_BAND");
        expectedError.add(null);
      }
    }
    Path in = tmp.resolve("offers.csv");
    Files.writeString(in, csv, StandardCharsets.UTF_8);

    Cli cli = Cli.run("evaluate", in.toString(), "--quiet");

    assertEquals(1, cli.exit());
    List<List<String>> rows = parse(cli.out());
    assertEquals(1001, rows.size());
    List<String> header = rows.get(0);
    int id = header.indexOf("offer_id");
    int line = header.indexOf("line");
    int status = header.indexOf("status");
    int message = header.indexOf("message");
    for (int i = 0; i < 1000; i++) {
      List<String> row = rows.get(i + 1);
      assertEquals("r" + i, row.get(id));
      assertEquals(Integer.toString(i + 2), row.get(line), "line of r" + i);
      assertEquals(expectedStatus.get(i), row.get(status), "r" + i + ": " + row.get(message));
      if (expectedError.get(i) != null) {
        assertTrue(row.get(message).contains(expectedError.get(i)), "r" + i + ": " + row.get(message));
      }
    }
  }

  @Test
  void aCompetingColumnTheToolDoesNotReadIsNamedOnStandardErrorAndStillPassesThrough() throws Exception {
    Path in = tmp.resolve("sign-on.csv");
    Files.writeString(in, HEADER + ",competing_sign_on,Recruiter Note\n"
        + "a,Twilio,Data Engineer,L2,denver,USD,150000,100000,4,10,,,Example Corp,,160000,0,,,20000,call back\n",
        StandardCharsets.UTF_8);

    Cli cli = Cli.run("evaluate", in.toString(), "--quiet");

    assertEquals(0, cli.exit(), cli.err());
    assertEquals(1, cli.err().lines().count(), cli.err());
    assertTrue(cli.err().contains("column competing_sign_on is not one offer-eval reads"), cli.err());
    assertTrue(cli.err().contains("competing_base"), "names the columns it does read: " + cli.err());
    List<List<String>> rows = parse(cli.out());
    assertEquals("20000", rows.get(1).get(rows.get(0).indexOf("competing_sign_on")));
    assertEquals("call back", rows.get(1).get(rows.get(0).indexOf("Recruiter Note")));
  }

  @Test
  void nearMissAnUnknownColumnNotNamedLikeACompetingOfferGetsNoNote() throws Exception {
    Path in = tmp.resolve("note.csv");
    Files.writeString(in, HEADER + ",Recruiter Note,competing\n"
        + "a,Twilio,Data Engineer,L2,denver,USD,150000,100000,4,10,,,,,,,,,call back,x\n", StandardCharsets.UTF_8);

    Cli cli = Cli.run("evaluate", in.toString(), "--quiet");

    assertEquals(0, cli.exit(), cli.err());
    assertEquals("", cli.err());
  }

  @Test
  void noOutputCellStartsAFormula() throws Exception {
    Path in = tmp.resolve("hostile.csv");
    Files.writeString(in, HEADER + ",note\n"
        + "=cmd|' /C calc'!A0,Twilio,Data Engineer,L2,denver,USD,150000,100000,4,10,,kafka,,,,,,,+1+1\n"
        + "@SUM(1),=Twilio,Data Engineer,L2,denver,USD,150000,100000,4,10,,,,,,,,,-2\n"
        + "\"\tx\",Twilio,Data Engineer,L2,denver,USD,150000,100000,4,10,,,,,,,,,\"\rcr\"\n"
        + "ok,Twilio,Data Engineer,L2,denver,USD,=1+1,100000,4,10,,,,,,,,,@me\n", StandardCharsets.UTF_8);

    Cli cli = Cli.run("evaluate", in.toString(), "--quiet");

    List<List<String>> rows = parse(cli.out());
    assertEquals(5, rows.size());
    for (List<String> row : rows) {
      for (String cell : row) {
        assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, "formula cell: " + cell);
      }
    }
    assertEquals("'=cmd|' /C calc'!A0", rows.get(1).get(0));
  }

  @Test
  void summaryGoesToStandardErrorWithCountsRatesAndSources() {
    Cli cli = Cli.run("evaluate", "data/offers/sample-offers.csv", "--format", "table");
    assertTrue(cli.err().matches("(?s)offer-eval: 20 rows in [0-9.]+ s \\([0-9]+ rows/s\\): OK 15, NO_BAND 3,"
        + " INVALID 2, ERROR 0\n.*"), cli.err());
    assertTrue(cli.err().contains("levers applied: ai-ml-data-infrastructure"), cli.err());
    assertTrue(cli.err().contains("rules: rules; data: data; fingerprint "), cli.err());
  }

  @Test
  void outputFileIsWrittenWholeAndStdoutStaysEmpty() throws Exception {
    Path out = tmp.resolve("out.jsonl");
    Cli cli = Cli.run("evaluate", "data/offers/sample-offers.csv", "--format", "jsonl", "-o", out.toString(), "-q");
    assertEquals("", cli.out());
    assertEquals(20, Files.readAllLines(out).size());
  }

  @Test
  void badUsageExitsTwo() {
    assertEquals(2, Cli.run("evaluate").exit());
    assertEquals(2, Cli.run("evaluate", "data/offers/sample-offers.csv", "--format", "xml").exit());
    assertEquals(2, Cli.run().exit());
  }

  /** Parses CSV as a spreadsheet import would: every cell as text, quotes honoured. */
  static List<List<String>> parse(String csv) throws Exception {
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    return rows;
  }

  @Test
  void compiledRulesAreKeptInTheRulesCacheFolderGiven() throws Exception {
    Path cache = tmp.resolve("rules-cache");
    String[] offer = {"offer", "--company", "Twilio", "--role", "Data Engineer", "--level", "L2", "--region", "denver",
        "--base", "150000", "--stock", "120000"};
    Cli first = Cli.run(concat(offer, "--rules-cache", cache.toString()));
    assertEquals(0, first.exit(), first.err());
    try (var s = Files.list(cache)) {
      assertEquals(1, s.filter(p -> p.toString().endsWith(".rules")).count());
    }
    Cli second = Cli.run(concat(offer, "--rules-cache", cache.toString()));
    assertEquals(first.out().replaceAll("fingerprint \\w+", ""), second.out().replaceAll("fingerprint \\w+", ""));
  }

  @Test
  void nearMissTheRulesCacheTurnedOffWritesNothingWhereTheDefaultWould() throws Exception {
    Path defaultCache = tmp.resolve("default-cache");
    String was = System.getProperty(RulesAndData.CACHE_PROPERTY);
    System.setProperty(RulesAndData.CACHE_PROPERTY, defaultCache.toString());
    try {
      String[] offer = {"offer", "--company", "Twilio", "--role", "Data Engineer", "--level", "L2", "--region",
          "denver", "--base", "150000", "--stock", "120000"};
      Cli off = Cli.run(concat(offer, "--rules-cache", "off"));
      assertEquals(0, off.exit(), off.err());
      assertTrue(!Files.exists(defaultCache) && !Files.exists(Path.of("off")), "nothing written");
      Cli byDefault = Cli.run(offer);
      assertEquals(0, byDefault.exit(), byDefault.err());
      assertTrue(Files.isDirectory(defaultCache), "the default folder is used when the option is not given");
    } finally {
      if (was == null) {
        System.clearProperty(RulesAndData.CACHE_PROPERTY);
      } else {
        System.setProperty(RulesAndData.CACHE_PROPERTY, was);
      }
    }
  }

  @Test
  void aGrantOverOtherYearsThanTheBandsIsShownAsOfferedBesideItsPosition() {
    String[] london = {"offer", "--company", "Twilio", "--role", "Data Engineer", "--level", "L2", "--region",
        "london", "--currency", "GBP", "--base", "120000", "--stock", "90000", "--bonus-pct", "12"};
    Cli three = Cli.run(concat(london, "--vest-years", "3"));
    assertEquals(0, three.exit(), three.err());
    // the position compares £120,000 on the band's 4-year basis; nobody offered that figure
    assertTrue(three.out().contains("stock grant IN_BAND     £120,000  (offered £90,000 over 3 years, shown on the"
        + " band's 4-year basis; band £75,000–£155,000;"), three.out());
    // near miss: a grant over the band's own 4 years needs no note
    Cli four = Cli.run(london);
    assertTrue(four.out().contains("stock grant IN_BAND     £90,000  (band £75,000–£155,000;"), four.out());
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
