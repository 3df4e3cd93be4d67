package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "A band older than the staleness limit ..." with the shipped 12 months and the seed's 2026-02 bands. */
class StaleBandRuleTest {

  @Test
  void aBandMoreThanTwelveMonthsOldIsStale() {
    Evaluation e = Offers.shipped().evaluate(Offers.twilioSf().build(), LocalDate.of(2027, 2, 2), Explain.NONE);
    assertTrue(e.stale());
    assertEquals(Status.OK, e.status());
    assertTrue(e.messages().get(0).toString().startsWith("warning: band Twilio Data Engineer L2 san-francisco is as of 2026-02-01"),
        e.messages().toString());
  }

  @Test
  void nearMissExactlyTwelveMonthsIsNotStale() {
    Evaluation e = Offers.shipped().evaluate(Offers.twilioSf().build(), LocalDate.of(2027, 2, 1), Explain.NONE);
    assertFalse(e.stale());
    assertTrue(e.messages().isEmpty(), e.messages().toString());
  }

  @Test
  void explanationListsEveryFiringWithItsFacts() {
    Evaluation e = Offers.shipped().evaluate(Offers.seedExample(), LocalDate.of(2026, 11, 23), Explain.RULE_TRACE);
    assertEquals(e.firedRules().get(0), e.trace().get(0).rule());
    assertTrue(e.trace().size() >= e.firedRules().size());
    assertTrue(e.trace().get(0).facts().contains("Band[Twilio Data Engineer L2 san-francisco, USD, as of 2026-02-01]"),
        e.trace().get(0).facts().toString());
    assertTrue(Offers.shipped().evaluate(Offers.seedExample(), LocalDate.of(2026, 11, 23), Explain.NONE).trace().isEmpty());
  }
}
