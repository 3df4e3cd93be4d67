package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.DataException;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import dev.offereval.model.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: bundled defaults, ordering, thread safety, and rule failures as statuses. */
class OfferEvaluatorTest {

  @TempDir Path tmp;

  @Test
  void bundledDefaultsAreTheShippedFilesByFingerprint() {
    OfferEvaluator bundled = OfferEvaluator.withDefaults();
    assertEquals(Offers.shipped().fingerprint(), bundled.fingerprint());
    assertEquals("bundled rules", bundled.rulesSource());
    Evaluation e = bundled.evaluate(Offers.seedExample());
    assertEquals(Offers.shipped().evaluate(Offers.seedExample()), e);
  }

  @Test
  void evaluateAllKeepsInputOrderForListsAndParallelStreams() {
    List<Offer> offers = generated(500, 7);
    List<Evaluation> sequential = Offers.shipped().evaluateAll(offers);
    List<Evaluation> parallel = Offers.shipped().evaluateAll(offers.parallelStream()).toList();
    assertEquals(offers.stream().map(Offer::offerId).toList(), sequential.stream().map(Evaluation::offerId).toList());
    assertEquals(sequential, parallel);
  }

  @Test
  void aStreamIsEvaluatedAChunkAtATimeAsItIsConsumed() {
    List<Offer> offers = generated(200, 13);
    OfferEvaluator evaluator = Offers.shipped();
    java.util.concurrent.atomic.AtomicInteger drawn = new java.util.concurrent.atomic.AtomicInteger();
    Evaluation first = evaluator.evaluateAll(offers.stream().peek(o -> drawn.incrementAndGet())).findFirst()
        .orElseThrow();
    assertEquals(offers.get(0).offerId(), first.offerId());
    // one chunk was drawn and evaluated, not the whole stream (the near miss: all 200)
    assertEquals(evaluator.chunkSize(), drawn.get());
  }

  @Test
  void concurrentEvaluationsShareOneRuleBaseAndAgreeWithSequentialOnes() throws Exception {
    List<Offer> offers = generated(400, 11);
    List<Evaluation> expected = Offers.shipped().evaluateAll(offers);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Evaluation>> futures = new ArrayList<>();
      for (Offer o : offers) {
        futures.add(pool.submit(() -> Offers.shipped().evaluate(o)));
      }
      for (int i = 0; i < offers.size(); i++) {
        assertEquals(expected.get(i), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A rule whose consequence throws for an Example Corp offer, and only for one. */
  static final String DIVIDES_BY_ZERO_FOR_EXAMPLE_CORP = """
        package dev.offereval.rules;
        import dev.offereval.model.*; import dev.offereval.model.internal.*;
        rule "A test rule that divides by zero for Example Corp"
        when
            Subject( offer.companyKey == "example corp" )
        then
            int zero = 0;
            System.setProperty( "unused", "" + ( 1 / zero ) );
        end
        """;

  @Test
  void aRuleThatThrowsEndsThatOfferAsErrorNamingTheRule() throws Exception {
    Path rules = copyRules(DIVIDES_BY_ZERO_FOR_EXAMPLE_CORP);
    OfferEvaluator evaluator = OfferEvaluator.fromDirectories(rules, Path.of("data"));
    Evaluation broken = evaluator.evaluate(Offers.twilioSf().company("Example Corp").build());
    assertEquals(Status.ERROR, broken.status());
    assertTrue(broken.messages().get(0).toString().startsWith(
        "rule \"A test rule that divides by zero for Example Corp\" failed: ArithmeticException"), broken.messages().get(0).toString());
    assertEquals(Status.OK, evaluator.evaluate(Offers.seedExample()).status());
  }

  @Test
  void aRuleThatLoopsIsCutOffAtTheFiringLimit() throws Exception {
    Path rules = copyRules("""
        package dev.offereval.rules;
        import dev.offereval.model.*; import dev.offereval.model.internal.*; import java.util.Map;
        rule "A test rule that loops for Example Corp"
        when
            $s : Subject( offer.companyKey == "example corp" )
        then
            insert( new Notice( $s, Severity.INFO, "again", Map.of( "at", System.nanoTime() ) ) );
        end
        rule "A test rule that feeds the loop"
        when
            $s : Subject( offer.companyKey == "example corp" )
            Notice( subject == $s, severity == Severity.INFO, said.code == "again" )
        then
            insert( new Notice( $s, Severity.INFO, "again", Map.of( "at", System.nanoTime() ) ) );
        end
        """);
    OfferEvaluator evaluator = OfferEvaluator.fromDirectories(rules, Path.of("data"));
    Evaluation looping = evaluator.evaluate(Offers.twilioSf().company("Example Corp").build());
    assertEquals(Status.ERROR, looping.status());
    assertTrue(looping.messages().get(0).toString().contains("without settling"), looping.messages().get(0).toString());
  }

  @Test
  void brokenDataFailsConstructionWithTheProblems() {
    DataException e = assertThrows(DataException.class,
        () -> OfferEvaluator.fromDirectories(Path.of("rules"), tmp.resolve("missing")));
    assertTrue(e.getMessage().contains("data folder not found"));
  }

  @Test
  void brokenRulesFailConstructionWithFileAndLine() throws Exception {
    Path rules = copyRules("package dev.offereval.rules;\nrule \"Broken\"\nwhen\n    Offer( base == )\nthen\nend\n");
    RulesException e = assertThrows(RulesException.class, () -> OfferEvaluator.fromDirectories(rules, Path.of("data")));
    RuleProblem p = e.problems().get(0);
    assertEquals("zz-test.drl", p.file());
    assertEquals(4, p.line());
    assertTrue(p.column() > 0, p.toString());
    assertTrue(e.problems().stream().noneMatch(x -> x.message().contains("null Package")));
  }

  @Test
  void aDuplicateRuleNameAcrossFilesIsAnError() throws Exception {
    Path rules = copyRules("""
        package dev.offereval.rules;
        import dev.offereval.model.*;
        rule "A data-platform peer's competing offer above this offer holds the market demand lever"
        when
            Subject()
        then
        end
        """);
    RulesException e = assertThrows(RulesException.class, () -> OfferEvaluator.fromDirectories(rules, Path.of("data")));
    assertTrue(e.getMessage().contains("zz-test.drl:3:6: error: duplicate rule name \"A data-platform peer's competing"
        + " offer above this offer holds the market demand lever\", already used at levers.drl:"), e.getMessage());
  }

  private Path copyRules(String extraDrl) throws Exception {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    try (Stream<Path> s = Files.list(Path.of("rules"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
        Files.copy(p, rules.resolve(p.getFileName().toString()));
      }
    }
    Files.writeString(rules.resolve("zz-test.drl"), extraDrl);
    return rules;
  }

  static List<Offer> generated(int n, long seed) {
    Random r = new Random(seed);
    List<Offer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(CounterOfferPropertiesTest.randomOffer(r, i));
    }
    return out;
  }
}
