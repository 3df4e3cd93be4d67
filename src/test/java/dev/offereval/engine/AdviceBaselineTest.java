package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offereval.engine.internal.ScenarioRunner;
import dev.offereval.io.EvaluationJson;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.io.ScenarioFile;
import dev.offereval.io.SyntheticOffers;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule redesign changes no advice: for the shipped sample, every rule scenario and 20,000
 * seeded synthetic offers, the JSON evaluation is the one recorded from main before the redesign
 * (commit 23da716), in every field but {@code fired_rules} and {@code fingerprint}, which name
 * the rules and hash their text.
 *
 * <p>{@code equality/baseline-sample.jsonl} and {@code equality/baseline-scenarios.jsonl} hold the
 * whole JSON, so a difference reads as a diff; {@code equality/baseline-synthetic.tsv} holds a
 * SHA-256 of each synthetic offer's JSON (its first 80 bits) (the whole JSON of 20,000 offers is over 100 MiB). On a
 * difference the test writes what it got to {@code target/advice-baseline/} beside the baseline,
 * for {@code diff}.
 *
 * <p>When a change alters advice on purpose, record the baseline again with {@code mvn -q
 * test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.offereval.engine.AdviceBaselineTest} and review the difference.
 */
class AdviceBaselineTest {
  private static final Path DIR = Path.of("src/test/resources/equality");
  private static final Path OUT = Path.of("target/advice-baseline");
  private static final LocalDate SAMPLE_DATE = LocalDate.parse("2026-12-02");
  private static final LocalDate SYNTHETIC_DATE = LocalDate.parse("2026-12-01");
  private static final long SEED = 27;
  private static final int SYNTHETIC = 20_000;

  private static OfferEvaluator evaluator;

  @BeforeAll
  static void open() {
    evaluator = OfferEvaluator.fromDirectories(Path.of("rules"), Path.of("data"));
  }

  @AfterAll
  static void close() {
    evaluator.close();
  }

  @Test
  void theSampleGivesTheSameJsonAsBeforeTheRedesign() throws IOException {
    compare("baseline-sample.jsonl", sample(evaluator));
  }

  @Test
  void everyScenarioGivesTheSameJsonAsBeforeTheRedesign() throws IOException {
    compare("baseline-scenarios.jsonl", scenarios(evaluator));
  }

  @Test
  void twentyThousandSyntheticOffersGiveTheSameJsonAsBeforeTheRedesign() throws IOException {
    List<String> expected = Files.readAllLines(DIR.resolve("baseline-synthetic.tsv"), StandardCharsets.UTF_8);
    List<String> actual = digests(synthetic(evaluator));
    assertEquals(SYNTHETIC, expected.size());
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        differ.add(expected.get(i).split("\t")[0]);
      }
    }
    if (!differ.isEmpty()) {
      write("baseline-synthetic.tsv", actual);
    }
    assertTrue(differ.isEmpty(), differ.size() + " synthetic offers differ from the baseline, first "
        + differ.subList(0, Math.min(10, differ.size())));
  }

  private static void compare(String file, List<String> actual) throws IOException {
    List<String> expected = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      write(file, actual);
    }
    assertEquals(expected.size(), actual.size(), file + ": evaluations");
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), file + " line " + (i + 1) + "; diff " + DIR.resolve(file)
          + " " + OUT.resolve(file));
    }
  }

  private static void write(String file, List<String> lines) throws IOException {
    Files.createDirectories(OUT);
    Files.write(OUT.resolve(file), lines, StandardCharsets.UTF_8);
  }

  /** The shipped sample, one JSON line an evaluation, valid rows only (invalid rows do not reach the rules). */
  static List<String> sample(OfferEvaluator ev) {
    List<Offer> offers = new ArrayList<>();
    try {
      for (OfferRow row : new OfferCsvReader(ev.data()).read(Path.of("data/offers/sample-offers.csv")).rows()) {
        if (row.valid()) {
          offers.add(row.offer());
        }
      }
    } catch (dev.offereval.io.CsvFileException e) {
      throw new IllegalStateException(e);
    }
    return ev.evaluateAll(offers, SAMPLE_DATE, Explain.NONE, Plausibility.WARN).stream()
        .map(AdviceBaselineTest::json).toList();
  }

  /** Every scenario's offer, evaluated as {@code offer-eval test} evaluates it. */
  static List<String> scenarios(OfferEvaluator ev) {
    List<String> out = new ArrayList<>();
    try {
      for (Path f : ScenarioRunner.files(Path.of("rules/scenarios"))) {
        ScenarioFile file = ScenarioFile.read(f, f.getFileName().toString());
        for (ScenarioFile.Scenario s : file.scenarios()) {
          if (s.rounds() != null) {
            // a negotiation's later round (rounds.yaml): its round 1 is an offer evaluated alone,
            // which the baseline already holds, and the rules it tests came after the redesign
            continue;
          }
          Map<String, String> given = new LinkedHashMap<>();
          s.given().forEach((k, v) -> given.put(k.toLowerCase(Locale.ROOT), v));
          given.putIfAbsent("offer_id", "scenario");
          OfferRow row = new OfferCsvReader(ev.data()).fromValues(0, given,
              s.competing() == null ? List.of() : s.competing(), file.file());
          if (!row.valid()) {
            continue;
          }
          LocalDate on = s.asOf() == null ? SAMPLE_DATE : LocalDate.parse(s.asOf());
          Evaluation e = ev.evaluate(row.offer(), on, Explain.NONE,
              Boolean.TRUE.equals(s.strict()) ? Plausibility.STRICT : Plausibility.WARN);
          out.add(file.file() + "\t" + s.name() + "\t" + json(e));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (dev.offereval.model.DataException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** {@value #SYNTHETIC} seeded synthetic offers, evaluated in chunks as {@code evaluate} does. */
  static List<Evaluation> synthetic(OfferEvaluator ev) throws IOException {
    StringWriter csv = new StringWriter();
    new SyntheticOffers(ev.data()).write(csv, SYNTHETIC, SEED);
    Path file = Files.createTempFile("synthetic", ".csv");
    try {
      Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
      List<Offer> offers = new ArrayList<>();
      for (OfferRow row : new OfferCsvReader(ev.data()).read(file).rows()) {
        if (!row.valid()) {
          throw new IllegalStateException("synthetic row " + row.line() + " is invalid: " + row.errors());
        }
        offers.add(row.offer());
      }
      return ev.evaluateAll(offers, SYNTHETIC_DATE, Explain.NONE, Plausibility.WARN);
    } catch (dev.offereval.io.CsvFileException e) {
      throw new IllegalStateException(e);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  static List<String> digests(List<Evaluation> evaluations) {
    List<String> out = new ArrayList<>(evaluations.size());
    for (Evaluation e : evaluations) {
      out.add(e.offerId() + "\t" + sha256(json(e)));
    }
    return out;
  }

  /** The evaluation's JSON without the fields that name or hash the rules. */
  static String json(Evaluation e) {
    ObjectNode n = EvaluationJson.of(e);
    n.remove("fired_rules");
    n.remove("fingerprint");
    return n.toString();
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Records the baseline from the rules and data as they stand. */
  public static void main(String[] args) throws IOException {
    try (OfferEvaluator ev = OfferEvaluator.fromDirectories(Path.of("rules"), Path.of("data"))) {
      Files.write(DIR.resolve("baseline-sample.jsonl"), sample(ev), StandardCharsets.UTF_8);
      Files.write(DIR.resolve("baseline-scenarios.jsonl"), scenarios(ev), StandardCharsets.UTF_8);
      Files.write(DIR.resolve("baseline-synthetic.tsv"), digests(synthetic(ev)), StandardCharsets.UTF_8);
    }
  }
}
