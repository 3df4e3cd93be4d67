package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import dev.offereval.model.RuleFiring;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Rule timings count every firing of every rule, once, whatever the chunk; timing changes no result. */
class RuleTimingsTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 23);

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
    assertEquals(40, timings.offers());
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
