package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.offereval.cli.Cli;
import java.io.IOException;
import java.io.StringReader;
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
 * <p>When a later change to the rules or data changes decisions on purpose, write {@code
 * before.csv} again with the command above and review the difference, as with the golden files.
 * It was written again on 2026-12-01, when the counter of an offer in another currency than its
 * band's came to be stated in the offer's currency (31 rows: the counter columns, the script, the
 * rate's message, and the new {@code counter_currency}), a sign-on ask came to be rounded down to
 * policy's $500 (14 rows, and their per-year figures) and the scripts came to quote the
 * candidate's own skills and to use the company's CustomerAI script only when its lever applies
 * (302 scripts). Every other cell was unchanged, checked column by column. It was written again
 * later that day for what a coach asked of the words (314 rows, in the script and message columns
 * only): totals said approximately ("about $296K"), an offered sign-on kept rather than asked for
 * again, the levelling scripts without "the package works for me" and with the senior offer's
 * figures, a competing offer a level below compared as a floor and one two levels up as levelling
 * advice, and reworded notices.
 */
class OutputEqualityTest {
  private static final Path DIR = Path.of("src/test/resources/equality");
  private static final Set<String> IGNORED = Set.of("fingerprint", "fired_rules");

  @Test
  void theSyntheticOffersGiveTheSameRowsAsBeforeTheRedesign(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("after.csv");
    Cli cli = Cli.run("evaluate", DIR.resolve("offers.csv").toString(), "--as-of", "2026-12-01", "-q",
        "-o", out.toString());
    assertEquals(0, cli.exit(), cli.out());
    List<Map<String, String>> before = rows(Files.readString(DIR.resolve("before.csv")));
    List<Map<String, String>> after = rows(Files.readString(out));
    assertEquals(500, before.size());
    assertEquals(before.size(), after.size());
    for (int i = 0; i < before.size(); i++) {
      assertEquals(before.get(i).keySet(), after.get(i).keySet(), "columns");
      for (String column : before.get(i).keySet()) {
        if (!IGNORED.contains(column)) {
          assertEquals(before.get(i).get(column), after.get(i).get(column),
              "row " + (i + 1) + " (" + before.get(i).get("offer_id") + "), column " + column);
        }
      }
    }
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
