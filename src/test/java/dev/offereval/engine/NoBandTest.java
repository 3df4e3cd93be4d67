package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Status;
import org.junit.jupiter.api.Test;

/** rules/band-match.drl: an offer with no band is a status, not an exception. */
class NoBandTest {

  @Test
  void twilioL3HasNoBandButKeepsTheLeversThatNeedNone() {
    Evaluation e = Offers.shipped().evaluate(Offers.seedExample().withCompeting(java.util.List.of()).withSkills(
        java.util.List.of("cdp", "kafka")));
    Evaluation l3 = Offers.shipped().evaluate(Offers.twilioSf().level("L3").skills("cdp", "kafka")
        .competing("Snowflake", "IC2", "300000", "300000", "USD").build());
    assertEquals(Status.OK, e.status());
    assertEquals(Status.NO_BAND, l3.status());
    assertEquals("no band for Twilio Data Engineer L3 in san-francisco; data has Twilio Data Engineer bands for"
        + " L2 in denver, L2 in london, L2 in san-francisco", l3.messages().get(0).toString());
    assertTrue(l3.hasLever("cdp-pipeline-expertise"));
    assertTrue(l3.hasLever("real-time-streaming"));
    assertTrue(l3.hasLever("segment-customerai-data-pipeline"));
    // Snowflake IC2 is not at a level equivalent to Twilio L3, so it is not cited as market demand
    assertFalse(l3.hasLever("competing-market-demand"));
    assertNull(l3.counter().orElse(null));
    assertEquals("USD", l3.currency().getCurrencyCode());
  }

  @Test
  void aRegionMissingFromDataHasNoBand() {
    Evaluation e = Offers.shipped().evaluate(Offers.twilioSf().region("new-york").build());
    assertEquals(Status.NO_BAND, e.status());
    assertTrue(e.messages().get(0).toString().startsWith("no band for Twilio Data Engineer L2 in new-york"));
  }

  @Test
  void aCompanyMissingFromDataSaysSo() {
    Evaluation e = Offers.shipped().evaluate(Offers.twilioSf().company("Example Corp").build());
    assertEquals(Status.NO_BAND, e.status());
    assertTrue(e.messages().get(0).toString().endsWith("data has no Example Corp Data Engineer band at any level or region"));
  }

  @Test
  void nearMissNamesMatchCaseInsensitively() {
    Evaluation e = Offers.shipped().evaluate(Offers.twilioSf().company("TWILIO").role("data  engineer").level("l2")
        .region("San-Francisco").build());
    assertEquals(Status.OK, e.status(), e.messages().toString());
  }
}
