package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.offereval.Folders;
import dev.offereval.Offers;
import dev.offereval.io.EvaluationJson;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a session comes from changes nothing in the result: 2,000 generated offers, with their
 * explanations (every rule firing and the facts it matched), are the same from fresh, pooled and
 * warm sessions, and a warm session serves offer after offer without one seeing another's facts.
 */
class SessionStrategiesTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 24);

  private static List<String> evaluate(OfferEvaluator evaluator, List<Offer> offers) {
    List<String> out = new ArrayList<>();
    for (Offer o : offers) {
      out.add(EvaluationJson.of(evaluator.evaluate(o, ON, Explain.RULE_TRACE)).toString());
    }
    return out;
  }

  @Test
  void freshPooledAndWarmSessionsGiveTheSameEvaluations() {
    List<Offer> offers = OfferEvaluatorTest.generated(2_000, 7);
    OfferEvaluator shipped = Offers.shipped();
    List<String> fresh = evaluate(shipped.withSessions(Sessions.FRESH), offers);
    List<String> pooled = evaluate(shipped.withSessions(Sessions.POOLED), offers);
    OfferEvaluator warm = shipped.withSessions(Sessions.WARM);
    List<String> warmRun = evaluate(warm, offers);
    for (int i = 0; i < offers.size(); i++) {
      assertEquals(fresh.get(i), pooled.get(i), "pooled, offer " + i);
      assertEquals(fresh.get(i), warmRun.get(i), "warm, offer " + i);
    }
    assertEquals(0, warm.liveSessions());
  }

  /**
   * A warm session keeps the offers it evaluated; one evaluated on another date or with another
   * plausibility mode must not meet their date or mode. Offers alternate between two dates (the
   * later one makes every band stale) and two modes, and each is the same as from a fresh session.
   */
  @Test
  void aWarmSessionNeverMixesDatesOrPlausibilityModes() {
    List<Offer> offers = OfferEvaluatorTest.generated(200, 11);
    OfferEvaluator shipped = Offers.shipped();
    OfferEvaluator fresh = shipped.withSessions(Sessions.FRESH);
    OfferEvaluator warm = shipped.withSessions(Sessions.WARM);
    LocalDate later = ON.plusYears(3);
    int stale = 0;
    for (int i = 0; i < offers.size(); i++) {
      LocalDate on = i % 2 == 0 ? ON : later;
      Plausibility mode = i % 3 == 0 ? Plausibility.STRICT : Plausibility.WARN;
      String expected = EvaluationJson.of(fresh.evaluate(offers.get(i), on, Explain.NONE, mode)).toString();
      assertEquals(expected, EvaluationJson.of(warm.evaluate(offers.get(i), on, Explain.NONE, mode)).toString(),
          "offer " + i + " on " + on + ", " + mode);
      stale += expected.contains("\"stale\":true") ? 1 : 0;
    }
    assertTrue(stale > 50, "the later date makes bands stale: " + stale);
    assertEquals(0, warm.liveSessions());
  }

  /**
   * Near miss for sessions of many offers: a rule that matches reference facts alone would fire
   * once per session, not once per offer, so its conclusion would reach one offer of a chunk, or
   * none. Loading rejects it, naming the rule, its file and line.
   */
  @Test
  void aRuleOnReferenceFactsAloneIsRejected(@TempDir Path tmp) throws Exception {
    Path rules = Folders.copy("rules", tmp);
    Files.writeString(rules.resolve("zz-data-note.drl"), """
        package dev.offereval.rules;
        import dev.offereval.model.*; import dev.offereval.model.internal.*;
        rule "The London band is noted for every offer"
        when
            Band( regionKey == "london" )
        then
        end
        """);
    RulesException e = assertThrows(RulesException.class, () -> OfferEvaluator.fromDirectories(rules, Path.of("data")));
    assertTrue(e.getMessage().contains("zz-data-note.drl:3:1: error: rule \"The London band is noted for every offer\":"
        + " matches no offer"), e.getMessage());
  }

  @Test
  void theDefaultIsWarm() {
    assertEquals(Sessions.WARM, Offers.shipped().sessions());
  }
}
