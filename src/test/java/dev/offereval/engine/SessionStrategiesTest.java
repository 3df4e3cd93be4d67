package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
   * Near miss for warm sessions: a rule that matches reference facts alone fires once per session,
   * not once per offer. Warm sessions notice it and give every offer a fresh session, so each
   * offer still gets the rule's conclusion.
   */
  @Test
  void aRuleOnReferenceFactsAloneStillFiresForEveryOffer(@TempDir Path tmp) throws Exception {
    Path rules = Folders.copy("rules", tmp);
    Files.writeString(rules.resolve("zz-data-note.drl"), """
        package dev.offereval.rules;
        import dev.offereval.model.*; import dev.offereval.model.internal.*;
        rule "The London band is noted for every offer"
        when
            Band( regionKey == "london" )
        then
            insert( new Notice( Severity.INFO, "data has a London band" ) );
        end
        """);
    OfferEvaluator warm = OfferEvaluator.fromDirectories(rules, Path.of("data"));
    assertEquals(Sessions.WARM, warm.sessions());
    OfferEvaluator fresh = warm.withSessions(Sessions.FRESH);
    List<Offer> offers = OfferEvaluatorTest.generated(5, 11);
    for (Offer o : offers) {
      Evaluation e = warm.evaluate(o, ON, Explain.NONE);
      assertTrue(e.messages().toString().contains("info: data has a London band"), e.messages().toString());
      assertTrue(e.firedRules().contains("The London band is noted for every offer"), e.firedRules().toString());
      assertEquals(EvaluationJson.of(fresh.evaluate(o, ON, Explain.NONE)).toString(), EvaluationJson.of(e).toString());
    }
    assertEquals(0, warm.liveSessions());
  }

  @Test
  void theDefaultIsWarm() {
    assertEquals(Sessions.WARM, Offers.shipped().sessions());
  }
}
