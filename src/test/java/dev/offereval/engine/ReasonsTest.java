package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offereval.Offers;
import dev.offereval.io.BatchRow;
import dev.offereval.io.EvaluationCsvWriter;
import dev.offereval.io.EvaluationJson;
import dev.offereval.io.OfferRow;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import dev.offereval.model.PackageSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Leaving the reasons out changes nothing else: on 2,000 generated offers, an evaluation with
 * {@link Reasons#OMITTED} is the one with {@link Reasons#WORDED} less its reasons, and the CSV line
 * of the two is the same, byte for byte.
 */
class ReasonsTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 24);

  @Test
  void omittedReasonsLeaveEverythingElseAndTheCsvLineAsTheyWere() throws Exception {
    List<Offer> offers = OfferEvaluatorTest.generated(2_000, 29);
    OfferEvaluator worded = Offers.shipped();
    EvaluationCsvWriter.Layout csv = new EvaluationCsvWriter.Layout(List.of(), false);
    int leverReasons = 0;
    int counterReasons = 0;
    int verdicts = 0;
    try (OfferEvaluator omitting = worded.withReasons(Reasons.OMITTED)) {
      assertEquals(Reasons.WORDED, worded.reasons());
      assertEquals(Reasons.OMITTED, omitting.reasons());
      List<Evaluation> all = worded.evaluateAll(offers, ON, Explain.NONE, Plausibility.WARN);
      List<Evaluation> without = omitting.evaluateAll(offers, ON, Explain.NONE, Plausibility.WARN);
      for (int i = 0; i < offers.size(); i++) {
        Evaluation w = all.get(i);
        Evaluation o = without.get(i);
        leverReasons += w.levers().size();
        counterReasons += w.counter().map(c -> c.reasons().size()).orElse(0);
        verdicts += (int) w.packages().stream().filter(p -> p.verdict() != null).count();

        for (AppliedLever l : o.levers()) {
          assertNull(l.reason(), "offer " + i + ", lever " + l.id());
        }
        if (o.counter().isPresent()) {
          assertTrue(o.counter().get().reasons().isEmpty(), "counter reasons of offer " + i);
        }
        for (PackageSummary p : o.packages()) {
          assertNull(p.verdict(), "offer " + i + ", package " + p.label());
        }
        assertNull(o.decisionReason(), "offer " + i);
        if (o.anchor() != null) {
          assertNull(o.anchor().why(), "offer " + i);
        }
        assertEquals(withoutReasons(EvaluationJson.of(w)), EvaluationJson.of(o), "offer " + i);

        OfferRow input = new OfferRow(i + 2, offers.get(i).offerId(), offers.get(i), List.of(), Map.of());
        assertEquals(csv.line(new BatchRow(input, w)), csv.line(new BatchRow(input, o)), "CSV line of offer " + i);
      }
    }
    // not vacuous: the worded evaluations had each kind of reason
    assertTrue(leverReasons > 500, "levers: " + leverReasons);
    assertTrue(counterReasons > 1_000, "counter reasons: " + counterReasons);
    assertTrue(verdicts > 100, "verdicts: " + verdicts);
  }

  /** {@code evaluation}'s JSON as it is with its reasons left out. */
  private static JsonNode withoutReasons(JsonNode evaluation) {
    ObjectNode e = evaluation.deepCopy();
    for (JsonNode lever : e.withArray("levers")) {
      ((ObjectNode) lever).putNull("reason");
    }
    for (JsonNode p : e.withArray("packages")) {
      ((ObjectNode) p).putNull("verdict");
    }
    if (e.get("counter") instanceof ObjectNode counter) {
      counter.putObject("reasons");
    }
    if (e.get("anchor") instanceof ObjectNode anchor) {
      anchor.putNull("why");
    }
    if (e.has("decision_reason")) {
      e.putNull("decision_reason");
    }
    return e;
  }
}
