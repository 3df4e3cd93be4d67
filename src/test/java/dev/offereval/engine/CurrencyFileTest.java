package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.Band;
import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.MoneyRange;
import dev.offereval.model.PercentRange;
import dev.offereval.model.Severity;
import dev.offereval.model.internal.BandMatch;
import dev.offereval.model.internal.Competing;
import dev.offereval.model.internal.NoBand;
import dev.offereval.model.internal.Notice;
import dev.offereval.model.internal.OfferFigures;
import dev.offereval.model.internal.Subject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rules/currency.drl alone: the offer and its competing offers expressed in the evaluation
 * currency through {@link FxRate} facts made by hand, and the notices it writes, by code and
 * values, each beside a near miss. Reads Subject, CompetingEntry, BandMatch, NoBand, FxRate,
 * OfferFigures and Competing; writes OfferFigures, Competing and Notice.
 *
 * <p>The rate is a made-up 1.27 GBP/USD, real or placeholder as a test needs, not the shipped 1.25.
 */
class CurrencyFileTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency GBP = Currency.getInstance("GBP");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final FxRate GBP_USD = new FxRate(GBP, USD, new BigDecimal("1.27"), LocalDate.of(2026, 2, 1), "test");
  private static final FxRate GBP_USD_PLACEHOLDER =
      new FxRate(GBP, USD, new BigDecimal("1.27"), LocalDate.of(2026, 2, 1), "test", true);
  private static RuleFileHarness currency;

  @BeforeAll
  static void compile() {
    currency = RuleFileHarness.of("currency.drl");
  }

  // ---- facts ----

  private static Band usdBand() {
    MoneyRange r = new MoneyRange(Money.of(1, USD), Money.of(1_000_000, USD));
    return new Band("Twilio", "Data Engineer", "L2", "san-francisco", "San Francisco", USD, r, r, 4,
        new PercentRange(BigDecimal.ZERO, BigDecimal.TEN), r, LocalDate.of(2026, 2, 1), List.of("test"), "test");
  }

  private static Offers.Builder inPounds() {
    return Offers.twilioSf().currency("GBP").base("110000").stock("100000");
  }

  /** The offer matched to a band in dollars, with the rates given. */
  private static RuleFileHarness.Fired inUsdBand(Offers.Builder offer, FxRate... rates) {
    Subject s = new Subject(offer.build(), 0);
    List<Object> facts = new ArrayList<>(InputFacts.of(s, Map.of()));
    facts.add(new BandMatch(s, usdBand()));
    facts.addAll(List.of(rates));
    return currency.fire(facts.toArray());
  }

  private static List<String> codes(RuleFileHarness.Fired fired) {
    return fired.inserted(Notice.class).stream().map(n -> n.said().code()).sorted().toList();
  }

  private static Notice notice(RuleFileHarness.Fired fired, String code) {
    List<Notice> found = fired.inserted(Notice.class).stream().filter(n -> n.said().code().equals(code)).toList();
    assertEquals(1, found.size(), code + " in " + fired.inserted(Notice.class));
    return found.get(0);
  }

  private static OfferFigures figures(RuleFileHarness.Fired fired) {
    List<OfferFigures> f = fired.inserted(OfferFigures.class);
    assertEquals(1, f.size(), f.toString());
    return f.get(0);
  }

  // ---- the offer ----

  @Test
  void anOfferInItsBandsCurrencyIsExpressedAtTheIdentityRateAndStatesNoConversion() {
    RuleFileHarness.Fired fired = inUsdBand(Offers.twilioSf().base("170000"), FxRate.identity(USD));
    OfferFigures f = figures(fired);
    assertEquals(USD, f.currency());
    assertEquals(Money.of("170000", "USD"), f.base());
    assertTrue(f.fx().isIdentity());
    assertEquals(List.of(), codes(fired));
  }

  @Test
  void anOfferInPoundsIsConvertedToItsBandsDollarsAndStatesTheRate() {
    // 110,000 x 1.27 = 139,700; 100,000 x 1.27 = 127,000
    RuleFileHarness.Fired fired = inUsdBand(inPounds(), GBP_USD, FxRate.identity(GBP), FxRate.identity(USD));
    OfferFigures f = figures(fired);
    assertEquals(USD, f.currency());
    assertEquals(Money.of("139700", "USD"), f.base());
    assertEquals(Money.of("127000", "USD"), f.stockGrant());
    assertEquals(List.of("offer-converted"), codes(fired));
    Notice n = notice(fired, "offer-converted");
    assertEquals(Severity.INFO, n.severity());
    assertEquals(Map.of("currency", GBP, "to", USD, "rate", GBP_USD), n.said().values());
  }

  @Test
  void nearMissAnOfferInPoundsWithNoRateToItsBandsDollarsCannotBeEvaluated() {
    RuleFileHarness.Fired fired = inUsdBand(inPounds(), FxRate.identity(GBP), FxRate.identity(USD), GBP_USD.inverse());
    assertEquals(List.of(), fired.inserted(OfferFigures.class));
    Notice n = notice(fired, "offer-currency-has-no-rate");
    assertEquals(Severity.ERROR, n.severity());
    assertEquals(Map.of("currency", GBP, "bandCurrency", USD), n.said().values());
    assertEquals(List.of("offer-currency-has-no-rate"), codes(fired));
  }

  @Test
  void anOfferWithNoBandIsExpressedInItsOwnCurrency() {
    Subject s = new Subject(inPounds().build(), 0);
    RuleFileHarness.Fired fired = currency.fire(s, new NoBand(s, dev.offereval.model.internal.Said.of("no-band")), FxRate.identity(GBP), GBP_USD);
    OfferFigures f = figures(fired);
    assertEquals(GBP, f.currency());
    assertEquals(Money.of("110000", "GBP"), f.base());
    assertEquals(List.of(), codes(fired));
  }

  @Test
  void nearMissAnOfferWithNeitherABandNorNoBandIsNotExpressedAtAll() {
    Subject s = new Subject(inPounds().build(), 0);
    assertEquals(List.of(), currency.fire(s, FxRate.identity(GBP), GBP_USD).facts());
  }

  // ---- competing offers ----

  @Test
  void aCompetingOfferInPoundsIsConvertedIntoTheEvaluationCurrencyAndStatesTheRate() {
    // 150,000 x 1.27 = 190,500 for base and grant alike
    RuleFileHarness.Fired fired = inUsdBand(Offers.twilioSf().competing("Google", "L3", "150000", "150000", "GBP"),
        FxRate.identity(USD), GBP_USD);
    List<Competing> c = fired.inserted(Competing.class);
    assertEquals(1, c.size(), c.toString());
    assertEquals(0, c.get(0).figures().index());
    assertEquals(Money.of("190500", "USD"), c.get(0).figures().base());
    assertEquals(Money.of("190500", "USD"), c.get(0).figures().stockGrant());
    assertEquals(List.of("competing-converted"), codes(fired));
    assertEquals(Map.of("company", "Google", "from", GBP, "to", USD, "rate", GBP_USD),
        notice(fired, "competing-converted").said().values());
  }

  @Test
  void nearMissACompetingOfferInACurrencyWithNoRateIsSetAsideWithAWarning() {
    RuleFileHarness.Fired fired = inUsdBand(Offers.twilioSf().competing("Google", "L3", "150000", "150000", "GBP"),
        FxRate.identity(USD), FxRate.identity(GBP));
    assertEquals(List.of(), fired.inserted(Competing.class));
    Notice n = notice(fired, "competing-currency-has-no-rate");
    assertEquals(Severity.WARNING, n.severity());
    assertEquals(Map.of("company", "Google", "currency", GBP, "to", USD), n.said().values());
    assertEquals(List.of("competing-currency-has-no-rate"), codes(fired));
  }

  @Test
  void aCompetingOfferInTheEvaluationCurrencyIsTakenAtTheIdentityRateAndStatesNoConversion() {
    RuleFileHarness.Fired fired = inUsdBand(Offers.twilioSf().competing("Snowflake", "IC2", "195000", "230000", "USD"),
        FxRate.identity(USD), GBP_USD);
    List<Competing> c = fired.inserted(Competing.class);
    assertEquals(1, c.size(), c.toString());
    assertEquals(Money.of("195000", "USD"), c.get(0).figures().base());
    assertTrue(c.get(0).figures().fx().isIdentity());
    assertEquals(List.of(), codes(fired));
  }

  @Test
  void eachCompetingOfferIsNumberedByItsPlaceInTheOffer() {
    RuleFileHarness.Fired fired = inUsdBand(Offers.twilioSf()
        .competing("Google", "L3", "150000", "150000", "GBP")
        .competing("Snowflake", "IC2", "195000", "230000", "USD"), FxRate.identity(USD), GBP_USD);
    assertEquals(List.of(0, 1), fired.inserted(Competing.class).stream().map(c -> c.figures().index()).sorted().toList());
  }

  @Test
  void twoIdenticalCompetingOffersAreNumberedZeroAndOne() {
    RuleFileHarness.Fired fired = inUsdBand(Offers.twilioSf()
        .competing("Snowflake", "IC2", "195000", "230000", "USD")
        .competing("Snowflake", "IC2", "195000", "230000", "USD"), FxRate.identity(USD));
    assertEquals(List.of(0, 1), fired.inserted(Competing.class).stream().map(c -> c.figures().index()).sorted().toList());
  }

  // ---- placeholder rates ----

  @Test
  void anOfferAndACompetingOfferAtOnePlaceholderRateGetOnePlaceholderWarning() {
    RuleFileHarness.Fired fired = inUsdBand(inPounds().competing("Google", "L3", "150000", "150000", "GBP"),
        GBP_USD_PLACEHOLDER, FxRate.identity(USD), FxRate.identity(GBP));
    assertEquals(List.of("competing-converted", "offer-converted", "placeholder-rate"), codes(fired));
    Notice n = notice(fired, "placeholder-rate");
    assertEquals(Severity.WARNING, n.severity());
    assertEquals(Map.of("rate", GBP_USD_PLACEHOLDER), n.said().values());
  }

  @Test
  void nearMissTheSameConversionsAtARealRateGetNoPlaceholderWarning() {
    RuleFileHarness.Fired fired = inUsdBand(inPounds().competing("Google", "L3", "150000", "150000", "GBP"),
        GBP_USD, FxRate.identity(USD), FxRate.identity(GBP));
    assertEquals(List.of("competing-converted", "offer-converted"), codes(fired));
  }

  @Test
  void twoDifferentPlaceholderRatesGetOneWarningEach() {
    FxRate eurUsd = new FxRate(EUR, USD, new BigDecimal("1.08"), null, "test", true);
    RuleFileHarness.Fired fired = inUsdBand(inPounds().competing("Google", "L3", "150000", "150000", "EUR"),
        GBP_USD_PLACEHOLDER, eurUsd, FxRate.identity(USD));
    assertEquals(List.of(Map.of("rate", eurUsd), Map.of("rate", GBP_USD_PLACEHOLDER)),
        fired.inserted(Notice.class).stream().filter(n -> n.said().code().equals("placeholder-rate"))
            .map(n -> n.said().values()).sorted((a, b) -> a.toString().compareTo(b.toString())).toList());
  }
}
