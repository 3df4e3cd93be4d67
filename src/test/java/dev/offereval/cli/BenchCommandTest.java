package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offereval.io.EvaluationJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's figures are reported and kept; their values are not judged here, beyond being there. */
class BenchCommandTest {
  @TempDir Path tmp;

  @Test
  void reportsEachFigureKeepsItAndComparesWithThePreviousRun() throws Exception {
    Path results = tmp.resolve("bench.jsonl");
    String[] args = {"bench", "--offers=600", "--latency-offers=200", "--sessions=pooled",
        "--results=" + results, "--keep=" + tmp.resolve("run")};
    Cli first = Cli.run(args);
    assertEquals(0, first.exit(), first.err());
    for (String figure : List.of("compile, first", "compile, warm", "batch CSV to CSV", "latency p50", "latency p99",
        "peak heap", "firings per offer", "facts per offer")) {
      assertTrue(first.out().contains(figure), figure + " in:\n" + first.out());
    }
    assertTrue(first.out().contains("OK ") && first.out().contains("ERROR 0"), first.out());
    Cli second = Cli.run(args);
    assertEquals(0, second.exit(), second.err());
    assertTrue(second.out().contains("change against the run of"), second.out());

    List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    JsonNode run = EvaluationJson.reader().readTree(lines.get(1));
    assertEquals(600, run.get("offers").asInt());
    assertEquals("pooled", run.get("sessions").asText());
    for (String key : List.of("compile_cold_ms", "offers_per_second", "latency_p50_us", "latency_p99_us",
        "peak_heap_mib", "firings_per_offer", "facts_per_offer")) {
      assertTrue(run.get(key).asDouble() > 0, key + " in " + run);
    }
    // counts, not times: the same offers give the same counts run after run
    JsonNode before = EvaluationJson.reader().readTree(lines.get(0));
    assertEquals(before.get("firings_per_offer"), run.get("firings_per_offer"));
    assertEquals(before.get("facts_per_offer"), run.get("facts_per_offer"));
    // the rules that cost most are listed without being asked for, ten of them
    assertTrue(first.out().contains("rule timings over 200 offers"), first.out());
    assertEquals(10, run.get("rule_timings").size(), run.toString());
    assertEquals(601, Files.readAllLines(tmp.resolve("run/evaluations.csv")).size(), "kept: header and 600 rows");
  }

  @Test
  void listsTheRulesThatTakeMostTimeWhenAsked() throws Exception {
    Path results = tmp.resolve("bench.jsonl");
    Cli r = Cli.run("bench", "--offers=200", "--latency-offers=100", "--rule-timings=5", "--results=" + results);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("rule timings over 100 offers"), r.out());
    JsonNode run = EvaluationJson.reader().readTree(Files.readAllLines(results, StandardCharsets.UTF_8).get(0));
    JsonNode rules = run.get("rule_timings");
    assertEquals(5, rules.size(), run.toString());
    for (int i = 0; i < rules.size(); i++) {
      JsonNode rule = rules.get(i);
      assertTrue(r.out().contains(rule.get("rule").asText()), rule + " in:\n" + r.out());
      assertTrue(rule.get("firings_per_offer").asDouble() > 0, rule.toString());
      if (i > 0) {
        assertTrue(rules.get(i - 1).get("us_per_offer").asDouble() >= rule.get("us_per_offer").asDouble(), rules.toString());
      }
    }
    // near miss: with 0, no rules listed, but the counts are still given
    Cli plain = Cli.run("bench", "--offers=200", "--latency-offers=100", "--rule-timings=0", "--results=" + results);
    assertFalse(plain.out().contains("rule timings"), plain.out());
    assertTrue(plain.out().contains("firings per offer"), plain.out());
    JsonNode unlisted = EvaluationJson.reader().readTree(Files.readAllLines(results, StandardCharsets.UTF_8).get(1));
    assertFalse(unlisted.has("rule_timings"), unlisted.toString());
    assertEquals(run.get("firings_per_offer"), unlisted.get("firings_per_offer"));
    assertEquals(run.get("facts_per_offer"), unlisted.get("facts_per_offer"));
  }

  @Test
  void anUnknownStrategyIsAUsageError() {
    Cli r = Cli.run("bench", "--offers=10", "--sessions=magic", "--results=" + tmp.resolve("x.jsonl"));
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains("fresh, pooled or warm"), r.err());
  }

  @Test
  void writesTheSyntheticOffersOnlyWhenAsked() throws Exception {
    Path file = tmp.resolve("offers.csv");
    Cli r = Cli.run("bench", "--offers=250", "--seed=3", "--write-offers=" + file, "--results=" + tmp.resolve("x.jsonl"));
    assertEquals(0, r.exit(), r.err());
    assertEquals(251, Files.readAllLines(file).size());
    assertTrue(r.out().isEmpty(), "nothing measured: " + r.out());
    assertTrue(!Files.exists(tmp.resolve("x.jsonl")), "no figures kept");
  }

  @Test
  void writesSyntheticRecordsForBandsFromOnlyWhenAsked() throws Exception {
    Path file = tmp.resolve("records.csv");
    Cli r = Cli.run("bench", "--offers=3000", "--seed=3", "--write-records=" + file, "--results=" + tmp.resolve("x.jsonl"));
    assertEquals(0, r.exit(), r.err());
    List<String> lines = Files.readAllLines(file);
    assertEquals(3001, lines.size());
    assertEquals("company,role,level,region,currency,base,stock_grant,vest_years,bonus_pct,date,source", lines.get(0));
    assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("Example ") && l.endsWith("(seed 3)")), "synthetic");
    assertTrue(r.out().isEmpty(), "nothing measured: " + r.out());
    assertTrue(!Files.exists(tmp.resolve("x.jsonl")), "no figures kept");
    // the same seed writes the same records, which bands-from reads whole: 144 groups, none refused
    Path again = tmp.resolve("again.csv");
    Cli.run("bench", "--offers=3000", "--seed=3", "--write-records=" + again);
    assertEquals(lines, Files.readAllLines(again));
    Cli bands = Cli.run("bands-from", file.toString(), "--dry-run", "--min-records=1");
    assertEquals(0, bands.exit(), bands.err());
    assertEquals(144, bands.out().lines().filter(l -> l.endsWith(".records.yaml: new")).count(), bands.out());
  }

  @Test
  void nearestRankPercentiles() {
    long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertEquals(5, BenchCommand.percentile(sorted, 0.50));
    assertEquals(10, BenchCommand.percentile(sorted, 0.99));
    assertEquals(1, BenchCommand.percentile(sorted, 0.0));
  }
}
