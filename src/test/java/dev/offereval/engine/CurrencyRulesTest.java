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
import dev.offereval.Folders;
import dev.offereval.model.CounterOfferResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  // rules/counter-offer.drl: the counter is worked out in the band's pounds and stated in the
  // currency the offer was made in, as the candidate says it

  private static Offers.Builder dollarsForLondon() {
    return Offers.twilioSf().region("london").currency("USD").base("120000").stock("100000").bonus("10")
        .skills("kafka");
  }

  @Test
  void aDollarOfferForTheLondonBandIsCounteredInDollars() {
    // band target (one expertise lever, 60% up the band): £119,000 base, £123,000 grant; x 1.25 =
    // $148,750 and $153,750, rounded down to policy's $500
    Evaluation e = Offers.shipped().evaluate(dollarsForLondon().build());
    CounterOfferResult c = e.counter().orElseThrow();
    assertEquals(Money.of("148500", "USD"), c.base());
    assertEquals(Money.of("153500", "USD"), c.stockGrant());
    assertEquals(Money.of("0", "USD"), c.signOn());
    assertEquals(Money.of("201725", "USD"), c.totalComp().annual());
    // against the offer as made: $120,000 + $25,000 + $12,000
    assertEquals(Money.of("157000", "USD"), c.offerValuePerYear());
    assertEquals("GBP", e.currency().getCurrencyCode()); // the analysis stays in the band's currency
    String script = e.script().orElseThrow();
    assertTrue(script.contains("base at $148.5K and stock at $153.5K") && !script.contains("£"), script);
    assertTrue(e.messages().stream().map(Object::toString).anyMatch(m -> m.startsWith("info: the counter is stated in USD")),
        e.messages().toString());
  }

  @Test
  void nearMissThePoundOfferForTheLondonBandIsCounteredInPounds() {
    // the same offer in pounds ($120,000 x 0.8 = £96,000): nothing is converted back
    Evaluation e = Offers.shipped().evaluate(dollarsForLondon().currency("GBP").base("96000").stock("80000").build());
    CounterOfferResult c = e.counter().orElseThrow();
    assertEquals(Money.of("119000", "GBP"), c.base());
    assertEquals(Money.of("123000", "GBP"), c.stockGrant());
    assertEquals(Money.of("125600", "GBP"), c.offerValuePerYear());
    assertTrue(e.messages().stream().map(Object::toString).noneMatch(m -> m.contains("the counter is stated in")),
        e.messages().toString());
  }

  @Test
  void aFigureTheCounterKeepsIsStatedAsOffered() {
    // the offered base, £128,098.40 at 0.8, is above the band target: the counter keeps it, and says
    // the offered $160,123, not a figure rounded down to $160,000
    Evaluation e = Offers.shipped().evaluate(dollarsForLondon().base("160123").build());
    CounterOfferResult c = e.counter().orElseThrow();
    assertEquals(Money.of("160123", "USD"), c.base());
    assertEquals("the offered base", c.reasons().get(Component.BASE));
    assertEquals(Money.of("153500", "USD"), c.stockGrant());
  }

  @Test
  void atARealQuoteACompetingOfferInAnotherCurrencyIsSaidWithItsValueInTheCountersCurrency(@TempDir Path tmp)
      throws IOException {
    String script = withFx(tmp, "placeholder: true", "placeholder: false", poundsCompetingWithDollars())
        .script().orElseThrow();
    // £150,000 x 1.25 = $187,500; £180,000 x 1.25 = $225,000
    assertTrue(script.contains("of £150K base with £180K in stock (about $187.5K and $225K) and a 10% bonus target."),
        script);
  }

  @Test
  void nearMissAtAPlaceholderRateNoConvertedFigureIsSaid() {
    String script = Offers.shipped().evaluate(poundsCompetingWithDollars()).script().orElseThrow();
    assertTrue(script.contains("of £150K base with £180K in stock and a 10% bonus target."), script);
    assertFalse(script.contains("(about"), script);
  }

  @Test
  void theBandsCapBesideAConvertedCompetingBaseIsSaidAtAnyRateItsConversionOnlyAtARealQuote(@TempDir Path tmp)
      throws IOException {
    // $170,000 at 0.8 is £136,000, above the London maximum of £135,000: the counter's base is capped
    dev.offereval.model.Offer london = london().base("110000").stock("120000").bonus("10")
        .competing("Snowflake", "IC2", "170000", "180000", "USD").build();
    String script = withFx(tmp, "placeholder: true", "placeholder: false", london).script().orElseThrow();
    assertTrue(script.contains("(about £136K and £144K). As I understand it, the base for this level tops out at £135K"),
        script);
    // near miss: at the shipped placeholder rate the converted figures are left out, and the cap, a
    // figure in the band's own currency, still says why the stock ask is higher than the base's
    String placeholder = Offers.shipped().evaluate(london).script().orElseThrow();
    assertFalse(placeholder.contains("(about"), placeholder);
    assertTrue(placeholder.contains("$170K base with $180K in stock. As I understand it, the base for this level tops out"
        + " at £135K"), placeholder);
  }

  /** {@code offer} evaluated with the shipped rules and data whose fx.yaml has {@code from} edited to {@code to}. */
  private static Evaluation withFx(Path tmp, String from, String to, dev.offereval.model.Offer offer)
      throws IOException {
    Path data = Folders.copy("data", tmp);
    Folders.edit(data.resolve("fx.yaml"), from, to);
    try (OfferEvaluator evaluator = OfferEvaluator.fromDirectories(Path.of("rules"), data)) {
      return evaluator.evaluate(offer);
    }
  }

  private static dev.offereval.model.Offer poundsCompetingWithDollars() {
    return Offers.twilioSf().base("170000").stock("160000").bonus("10").skills("kafka")
        .competing("Databricks", "IC2", "150000", "180000", 4, "10", "GBP").build();
  }

  @Test
  void aCounterMatchingADollarCompetingOfferAtARateWithNoExactInverseStatesItsFigures(@TempDir Path tmp)
      throws IOException {
    // at 1 GBP = 1.23 USD, $165,000 is £134,146.3414...; back at the inverse it is 164,999.99...
    // before rounding, which rounded down to $500 would ask for less than the offer it matches
    Evaluation e = withFx(tmp, "rate: 1.25", "rate: 1.23", Offers.twilioSf().region("london").currency("USD")
        .base("120000").stock("100000").bonus("10").competing("Databricks", "IC2", "165000", "180000", "USD").build());
    CounterOfferResult c = e.counter().orElseThrow();
    assertEquals(Money.of("165000", "USD"), c.base());
    assertEquals(Money.of("180000", "USD"), c.stockGrant());
    String script = e.script().orElseThrow();
    assertTrue(script.contains("$165K base with $180K in stock") && script.contains("base at $165K and stock at $180K"),
        script);
  }
}
