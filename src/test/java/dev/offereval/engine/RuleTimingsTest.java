package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import dev.offereval.model.RuleFiring;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Rule timings count every firing of every rule, and every fact the rules insert, once, whatever the
 * chunk; timing changes no result.
 */
class RuleTimingsTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 23);

  /** Two firings and three inserts an offer, one plain and two logical. */
  private static final String STEPS = """
      package dev.offereval.rules;

      import dev.offereval.model.internal.*;

      declare Step
          subject : Subject
          n : int
      end

      rule "Every offer takes a step and a logical second"
      when
          $s : Subject()
      then
          insert( new Step( $s, 1 ) );
          insertLogical( new Step( $s, 2 ) );
      end

      rule "A first step leads to a third"
      when
          $s : Subject()
          Step( subject == $s, n == 1 )
      then
          insertLogical( new Step( $s, 3 ) );
      end
      """;

  @Test
  void countsTheFactsTheRulesInsertAndNotTheOnesInsertedBeforeFiring() {
    // given: rules whose inserts are known, over the shipped data (the reference facts)
    try (OfferEvaluator steps = OfferEvaluator.builder().rules(Source.text(Map.of("steps.drl", STEPS)))
        .data(Source.directory(Path.of("data"))).build()) {
      RuleTimings timings = new RuleTimings();
      List<Offer> offers = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        offers.add(i == 0 ? Offers.seedExample() : Offers.twilioSf().id("plain-" + i).build());
      }

      // when: five offers in chunks of two (three sessions), strict, so Java inserts a marker too
      steps.withChunkSize(2).withRuleTimings(timings).evaluateAll(offers, ON, Explain.NONE, Plausibility.STRICT);

      // then: three facts and two firings an offer; the offers, rates, date and marker are not counted
      assertEquals(5, timings.offers());
      assertEquals(10, timings.firings());
      assertEquals(15, timings.factsInserted());

      // and a single offer in a warm session, whose reference facts were inserted long before
      steps.withRuleTimings(timings).evaluate(Offers.seedExample(), ON, Explain.NONE);
      steps.withRuleTimings(timings).evaluate(Offers.seedExample(), ON, Explain.NONE);
      assertEquals(7, timings.offers());
      assertEquals(14, timings.firings());
      assertEquals(21, timings.factsInserted());
    }
  }

  @Test
  void everyFiringOfTheOffersIsCountedAgainstItsRule() {
    // given: 40 offers, more than one chunk, with and without competing offers
    List<Offer> offers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      offers.add(Offers.seedExample());
      offers.add(Offers.twilioSf().id("plain-" + i).skills(i % 2 == 0 ? "kafka" : "cdp").build());
    }
    RuleTimings timings = new RuleTimings();
    OfferEvaluator timed = Offers.shipped().withRuleTimings(timings);

    // when
    List<Evaluation> evaluations = timed.evaluateAll(offers, ON, Explain.RULE_TRACE, Plausibility.WARN);

    // then: the timings count what the traces list, rule by rule
    Map<String, Long> traced = new TreeMap<>();
    for (Evaluation e : evaluations) {
      for (RuleFiring f : e.trace()) {
        traced.merge(f.rule(), 1L, Long::sum);
      }
    }
    Map<String, Long> timedFirings = new TreeMap<>();
    for (RuleTimings.RuleTiming t : timings.byTotal()) {
      timedFirings.put(t.rule(), t.firings());
      assertFalse(t.consequence().isNegative() || t.beforeFiring().isNegative(), t.toString());
    }
    assertEquals(traced, timedFirings);
    assertEquals(traced.values().stream().mapToLong(Long::longValue).sum(), timings.firings());
    assertEquals(40, timings.offers());
    assertTrue(timings.factsInserted() >= timings.offers(), "the rules derive facts: " + timings.factsInserted());
    assertTrue(timings.inSessions().compareTo(Duration.ZERO) > 0);
    // near miss: a rule that never fired for these offers has no line
    assertFalse(timedFirings.containsKey("An offer with no band for its company, role, level and region has no band"));
  }

  @Test
  void timingChangesNoEvaluationAndLeavesTheUntimedEvaluatorUntimed() {
    RuleTimings timings = new RuleTimings();
    OfferEvaluator untimed = Offers.shipped();
    OfferEvaluator timed = untimed.withRuleTimings(timings);
    Offer offer = Offers.seedExample();

    Evaluation plain = untimed.evaluate(offer, ON, Explain.NONE);
    assertEquals(0, timings.offers());
    assertTrue(timings.byTotal().isEmpty());

    Evaluation withTimings = timed.evaluate(offer, ON, Explain.NONE);
    assertEquals(plain, withTimings);
    assertEquals(1, timings.offers());
    // sorted by time, most first
    List<RuleTimings.RuleTiming> rules = timings.byTotal();
    for (int i = 1; i < rules.size(); i++) {
      assertTrue(rules.get(i - 1).total().compareTo(rules.get(i).total()) >= 0);
    }
  }
}
