package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.offereval.cli.Cli;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The throughput redesign (many offers per session, every fact joined on its offer) changed no
 * decision: {@code equality/before.csv} is what the engine of one offer per session wrote for the
 * 500 synthetic offers of {@code equality/offers.csv} ({@code offer-eval bench --offers 1000
 * --seed 16}, first 500 rows; {@code evaluate --as-of 2026-12-01}, commit 0dfcc15). Evaluating
 * them now gives the same row, cell for cell, in every column but the fingerprint of the rule
 * files, which hashes their text.
 *
 * <p>One change since was made on purpose: the counter of an offer made in another currency than
 * its band's is stated in the offer's currency ({@code counter_currency}, a column added after
 * {@code before.csv} was written). For those rows (31 of the 500) the stated figures, the script
 * that quotes them, the uplift and the message that states the rate differ; each stated base and
 * grant is checked instead to be the offered figure, or the earlier figure converted back and
 * rounded down to policy's 500 in the offer's currency.
 *
 * <p>When a later change to the rules or data changes decisions on purpose, write {@code
 * before.csv} again with the command above and review the difference, as with the golden files.
 */
class OutputEqualityTest {
  private static final Path DIR = Path.of("src/test/resources/equality");
  private static final Set<String> IGNORED = Set.of("fingerprint", "fired_rules");
  /** The columns that follow the counter's currency: as stated to the recruiter. */
  private static final Set<String> STATED = Set.of("counter_base", "counter_stock_grant", "counter_sign_on",
      "counter_total_comp", "counter_first_year_total_comp", "counter_uplift_pct", "script", "message");
  /** The shipped placeholder rate: units of the evaluation currency for one of the offer's. */
  private static final Map<String, BigDecimal> RATE = Map.of("USD", new BigDecimal("0.8"), "GBP", new BigDecimal("1.25"));
  private static final BigDecimal STEP = new BigDecimal("500");

  @Test
  void theSyntheticOffersGiveTheSameRowsAsBeforeTheRedesign(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("after.csv");
    Cli cli = Cli.run("evaluate", DIR.resolve("offers.csv").toString(), "--as-of", "2026-12-01", "-q",
        "-o", out.toString());
    assertEquals(0, cli.exit(), cli.out());
    List<Map<String, String>> before = rows(Files.readString(DIR.resolve("before.csv")));
    List<Map<String, String>> after = rows(Files.readString(out));
    List<Map<String, String>> offers = rows(Files.readString(DIR.resolve("offers.csv")));
    assertEquals(500, before.size());
    assertEquals(before.size(), after.size());
    int stated = 0;
    for (int i = 0; i < before.size(); i++) {
      Map<String, String> was = before.get(i);
      Map<String, String> is = after.get(i);
      String where = "row " + (i + 1) + " (" + was.get("offer_id") + ")";
      Set<String> columns = new java.util.LinkedHashSet<>(was.keySet());
      columns.add("counter_currency");
      assertEquals(columns, is.keySet(), "columns");
      String currency = is.get("counter_currency");
      boolean restated = !currency.isEmpty() && !currency.equals(is.get("currency"));
      if (!currency.isEmpty()) {
        String made = offers.get(i).get("currency"); // blank takes the band's
        assertEquals(made.isEmpty() ? is.get("currency") : made, currency,
            where + ": the counter is stated in the offer's currency");
      }
      for (String column : was.keySet()) {
        if (!IGNORED.contains(column) && !(restated && STATED.contains(column))) {
          assertEquals(was.get(column), is.get(column), where + ", column " + column);
        }
      }
      if (restated) {
        stated++;
        BigDecimal rate = RATE.get(currency);
        for (String[] c : new String[][] {{"counter_base", "base"}, {"counter_stock_grant", "stock_grant"}}) {
          BigDecimal figure = new BigDecimal(is.get(c[0]));
          BigDecimal offered = new BigDecimal(offers.get(i).get(c[1]));
          BigDecimal shortBy = new BigDecimal(was.get(c[0])).subtract(figure.multiply(rate));
          assertTrue(figure.compareTo(offered) == 0
                  || (shortBy.signum() >= 0 && shortBy.compareTo(STEP.multiply(rate)) < 0),
              where + ", " + c[0] + ": " + figure + " " + currency + " is neither the offered " + offered
                  + " nor " + was.get(c[0]) + " converted back and rounded down to " + STEP);
        }
        assertTrue(is.get("script").contains(currency.equals("USD") ? "$" : "£"), where + ": " + is.get("script"));
      }
    }
    assertEquals(31, stated, "offers whose counter is stated in another currency than the evaluation's");
  }

  private static List<Map<String, String>> rows(String csv) throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(new StringReader(csv))) {
      while (it.hasNext()) {
        out.add(it.next());
      }
    }
    return out;
  }
}
