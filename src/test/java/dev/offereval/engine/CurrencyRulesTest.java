package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.Component;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Money;
import dev.offereval.model.Status;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * rules/currency.drl: the FX path, with the illustrative GBP/USD rate of 1.25 shipped in
 * data/fx.yaml (inverse 0.8).
 */
class CurrencyRulesTest {

  private static Offers.Builder london() {
    return Offers.twilioSf().region("london").currency("GBP").base("110000").stock("100000");
  }

  @Test
  void aUsdCompetingOfferIsConvertedIntoTheLondonBandsPounds() {
    // Databricks: $150,000 base x 0.8 = £120,000; $150,000 grant = £120,000
    Evaluation e = Offers.shipped().evaluate(london().competing("Databricks", "IC2", "150000", "150000", "USD").build());
    assertEquals(Status.OK, e.status());
    assertEquals(Money.of("120000", "GBP"), e.counter().orElseThrow().base());
    assertEquals(Money.of("120000", "GBP"), e.counter().orElseThrow().stockGrant());
    // 150,000 + 37,500 = 187,500 USD a year = 150,000 GBP, above the offer's 146,000 GBP
    assertTrue(e.hasLever("competing-market-demand"));
    // quoted as offered, in dollars
    assertTrue(LeverRulesTest.lever(e, "competing-market-demand").talkingPoint().contains("$150K base and $150K in stock"),
        LeverRulesTest.lever(e, "competing-market-demand").talkingPoint());
  }

  @Test
  void nearMissTheSameFiguresInPoundsAreNotConverted() {
    Evaluation e = Offers.shipped().evaluate(london().competing("Databricks", "IC2", "150000", "150000", "GBP").build());
    assertEquals(Money.of("135000", "GBP"), e.counter().orElseThrow().base()); // capped at the band maximum
    assertTrue(e.counter().orElseThrow().capped().contains(Component.BASE));
  }

  @Test
  void anOfferInDollarsForTheLondonBandIsPlacedInPounds() {
    // $125,000 x 0.8 = £100,000
    Evaluation e = Offers.shipped().evaluate(london().currency("USD").base("125000").build());
    assertEquals(Status.OK, e.status());
    assertEquals("GBP", e.currency().getCurrencyCode());
    assertNotNull(e.offerFx());
    assertEquals(0, new BigDecimal("100000").compareTo(e.position(Component.BASE).orElseThrow().offered()));
  }

  @Test
  void aCompetingOfferInACurrencyWithNoRateIsSetAsideWithAWarning() {
    Evaluation e = Offers.shipped().evaluate(Offers.twilioSf()
        .competing("Snowflake", "IC2", "300000", "300000", "EUR").build());
    assertEquals(Status.OK, e.status());
    assertFalse(e.hasLever("competing-market-demand"));
    assertTrue(e.messages().stream().map(Object::toString).anyMatch(m -> m.startsWith("warning: competing offer from Snowflake is in EUR")),
        e.messages().toString());
  }

  @Test
  void anOfferInACurrencyWithNoRateToItsBandIsInvalid() {
    Evaluation e = Offers.shipped().evaluate(Offers.twilioSf().currency("EUR").build());
    assertEquals(Status.INVALID, e.status());
    assertTrue(e.messages().get(0).toString().contains("no rate"), e.messages().toString());
  }
}
