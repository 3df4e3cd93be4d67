package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offereval.Offers;
import dev.offereval.model.Band;
import dev.offereval.model.Component;
import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.MoneyRange;
import dev.offereval.model.PercentRange;
import dev.offereval.model.Severity;
import dev.offereval.model.VestSchedule;
import dev.offereval.model.internal.BandMatch;
import dev.offereval.model.internal.ComponentFigure;
import dev.offereval.model.internal.CounterOffer;
import dev.offereval.model.internal.Figure;
import dev.offereval.model.internal.Implausible;
import dev.offereval.model.internal.Notice;
import dev.offereval.model.internal.OfferFigures;
import dev.offereval.model.internal.Policy;
import dev.offereval.model.internal.Said;
import dev.offereval.model.internal.StrictChecking;
import dev.offereval.model.internal.Subject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rules/plausibility.drl alone, against a hand-made {@link Policy} whose bounds differ from the
 * shipped ones (so a bound the rules hard-coded would show): a figure under a quarter of its band
 * minimum, over twice its band maximum, a bonus under 2% and a counter more than 100% over the
 * offer are implausible. Each bound is tested at its value (plausible) and just past it. Reads
 * ComponentFigure, OfferFigures, BandMatch, CounterOffer, Policy and StrictChecking; writes
 * Implausible and Notice.
 */
class PlausibilityFileTest {
  private static final Currency USD = Currency.getInstance("USD");
  /** divisor 4, multiple 2, bonus floor 2%, uplift cap 100%; the rest as shipped. */
  private static final Policy POLICY = new Policy(BigDecimal.ZERO, 4, new BigDecimal("2"), new BigDecimal("500"),
      new BigDecimal("2"), 12, new BigDecimal("4"), new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("100"),
      new BigDecimal("75"), new BigDecimal("25"), new BigDecimal("25"));
  private static final MoneyRange BASE = new MoneyRange(Money.of(150_000, USD), Money.of(200_000, USD));
  private static final MoneyRange STOCK = new MoneyRange(Money.of(120_000, USD), Money.of(240_000, USD));
  private static final PercentRange BONUS = new PercentRange(BigDecimal.TEN, new BigDecimal("15"));
  private static RuleFileHarness plausibility;

  @BeforeAll
  static void compile() {
    plausibility = RuleFileHarness.of("plausibility.drl");
  }

  // ---- facts ----

  private static Subject subject() {
    return new Subject(Offers.twilioSf().build(), 0);
  }

  private static Subject subject(Offers.Builder offer) {
    return new Subject(offer.build(), 0);
  }

  private static BandMatch bandMatch(Subject s) {
    MoneyRange total = new MoneyRange(Money.of(210_000, USD), Money.of(310_000, USD));
    return new BandMatch(s, new Band("Twilio", "Data Engineer", "L2", "san-francisco", "San Francisco", USD, BASE,
        STOCK, 4, BONUS, total, LocalDate.of(2026, 2, 1), List.of("test"), "test"));
  }

  private static RuleFileHarness.Fired fire(Object... facts) {
    List<Object> all = new ArrayList<>(List.of(facts));
    all.add(POLICY);
    return plausibility.fire(all.toArray());
  }

  private static RuleFileHarness.Fired figure(Component c, String offered, MoneyRange range) {
    Subject s = subject();
    return fire(s, ComponentFigure.of(s, c, Money.of(offered, "USD"), range));
  }

  private static List<Said> implausible(RuleFileHarness.Fired fired) {
    return fired.inserted(Implausible.class).stream().map(Implausible::said).toList();
  }

  /** The one implausible figure, which must have {@code code}, and its warning notice saying the same. */
  private static Map<String, Object> theImplausible(RuleFileHarness.Fired fired, String code) {
    List<Said> said = implausible(fired);
    assertEquals(1, said.size(), said.toString());
    assertEquals(code, said.get(0).code());
    assertEquals(List.of(new Notice(fired.inserted(Implausible.class).get(0).subject(), Severity.WARNING, said.get(0))),
        fired.inserted(Notice.class));
    return said.get(0).values();
  }

  private static List<String> codes(RuleFileHarness.Fired fired) {
    return fired.inserted(Notice.class).stream().map(n -> n.said().code()).sorted().toList();
  }

  private static void assertFigure(String value, String unit, Object actual) {
    Figure f = (Figure) actual;
    assertEquals(unit, f.unit(), f.toString());
    assertEquals(0, new BigDecimal(value).compareTo(f.value()), value + " against " + f.value().toPlainString());
  }

  // ---- far below the band minimum: under min / divisor ----

  @Test
  void aBaseAtAQuarterOfTheBandMinimumIsPlausible() {
    assertEquals(List.of(), figure(Component.BASE, "37500", BASE).facts());
  }

  @Test
  void nearMissABaseOneCentUnderAQuarterOfTheBandMinimumIsImplausible() {
    Map<String, Object> v = theImplausible(figure(Component.BASE, "37499.99", BASE), "implausible-below-min");
    assertEquals(Component.BASE, v.get("field"));
    assertFigure("37499.99", "USD", v.get("offered"));
    assertFigure("37500", "USD", v.get("bound"));
    assertFigure("150000", "USD", v.get("min"));
    assertEquals("4", v.get("divisor"));
  }

  @Test
  void aStockGrantOfZeroIsAnOfferWithoutStockAndPlausible() {
    assertEquals(List.of(), figure(Component.STOCK, "0", STOCK).facts());
  }

  @Test
  void nearMissAStockGrantOfOneIsImplausible() {
    Map<String, Object> v = theImplausible(figure(Component.STOCK, "1", STOCK), "implausible-below-min");
    assertEquals(Component.STOCK, v.get("field"));
    assertFigure("30000", "USD", v.get("bound"));
  }

  @Test
  void aTotalCompFarUnderItsStatedRangeIsNeverImplausible() {
    assertEquals(List.of(), figure(Component.TOTAL_COMP, "1", BASE).facts());
  }

  // ---- far above the band maximum: over max x multiple ----

  @Test
  void aBaseAtTwiceTheBandMaximumIsPlausible() {
    assertEquals(List.of(), figure(Component.BASE, "400000", BASE).facts());
  }

  @Test
  void nearMissABaseOneCentOverTwiceTheBandMaximumIsImplausible() {
    Map<String, Object> v = theImplausible(figure(Component.BASE, "400000.01", BASE), "implausible-above-max");
    assertEquals(Component.BASE, v.get("field"));
    assertFigure("400000.01", "USD", v.get("offered"));
    assertFigure("400000", "USD", v.get("bound"));
    assertFigure("200000", "USD", v.get("max"));
    assertEquals("2", v.get("multiple"));
  }

  @Test
  void aBonusAtTwiceItsBandMaximumIsPlausible() {
    Subject s = subject();
    assertEquals(List.of(), fire(s, ComponentFigure.ofPercent(s, new BigDecimal("30"), BONUS)).facts());
  }

  @Test
  void nearMissABonusJustOverTwiceItsBandMaximumIsImplausibleInPercent() {
    Subject s = subject();
    Map<String, Object> v = theImplausible(fire(s, ComponentFigure.ofPercent(s, new BigDecimal("30.01"), BONUS)),
        "implausible-above-max");
    assertEquals(Component.BONUS, v.get("field"));
    assertFigure("30", "%", v.get("bound"));
  }

  @Test
  void aTotalCompFarOverItsStatedRangeIsNeverImplausible() {
    assertEquals(List.of(), figure(Component.TOTAL_COMP, "10000000", BASE).facts());
  }

  // ---- a bonus that looks like a fraction: above 0 and under the floor ----

  @Test
  void aBonusTargetAtTheFloorIsPlausible() {
    Subject s = subject(Offers.twilioSf().bonus("2"));
    assertEquals(List.of(), fire(s, OfferFigures.of(s, FxRate.identity(USD))).facts());
  }

  @Test
  void nearMissABonusTargetJustUnderTheFloorLooksLikeAFraction() {
    Subject s = subject(Offers.twilioSf().bonus("1.99"));
    Map<String, Object> v = theImplausible(fire(s, OfferFigures.of(s, FxRate.identity(USD))), "implausible-bonus-fraction");
    assertFigure("1.99", "%", v.get("shown"));
    assertFigure("2", "%", v.get("bound"));
    assertFigure("199", "%", v.get("meant"));
    assertEquals(0, new BigDecimal("199").compareTo((BigDecimal) v.get("digits")));
    assertEquals("1.99", v.get("written"));
  }

  @Test
  void aBonusTargetOfZeroIsNotAFraction() {
    Subject s = subject(Offers.twilioSf().bonus("0"));
    assertEquals(List.of(), fire(s, OfferFigures.of(s, FxRate.identity(USD))).facts());
  }

  // ---- a counter too far above the offer: over the offer's total + cap% ----

  private static RuleFileHarness.Fired counter(String counterBase) {
    // the offer: $100,000 base, no stock, no bonus, so $100,000 a year; the cap is +100%
    Subject s = subject(Offers.twilioSf().base("100000").stock("0").bonus("0"));
    CounterOffer co = new CounterOffer(s, Money.of(counterBase, "USD"), Money.zero(USD), 4, BigDecimal.ZERO,
        Money.zero(USD), Set.of(), VestSchedule.even(4));
    return fire(s, OfferFigures.of(s, FxRate.identity(USD)), co);
  }

  @Test
  void aCounterDoublingTheOfferIsPlausible() {
    assertEquals(List.of(), counter("200000").facts());
  }

  @Test
  void nearMissACounterOneCentOverDoubleTheOfferIsImplausible() {
    Map<String, Object> v = theImplausible(counter("200000.01"), "implausible-uplift");
    assertEquals(Money.of("200000.01", "USD"), v.get("counter"));
    assertEquals(Money.of("100000", "USD"), v.get("offer"));
    assertFigure("100.00001", "%", v.get("uplift"));
    assertFigure("100", "%", v.get("bound"));
  }

  // ---- what an implausible figure does ----

  private static final Said BELOW = Said.of("implausible-below-min", Map.of("field", Component.BASE));

  @Test
  void anImplausibleFigureIsAWarningSayingWhatIsImplausible() {
    Subject s = subject();
    assertEquals(List.of(new Notice(s, Severity.WARNING, BELOW)),
        fire(s, new Implausible(s, BELOW)).inserted(Notice.class));
  }

  @Test
  void nearMissUnderStrictCheckingAnImplausibleFigureIsAnErrorInstead() {
    Subject s = subject();
    assertEquals(List.of(new Notice(s, Severity.ERROR, "implausible-under-strict", Map.of("what", BELOW))),
        fire(s, new Implausible(s, BELOW), new StrictChecking()).inserted(Notice.class));
  }

  @Test
  void anOfferInABandWithAnImplausibleFigureGetsNoCounter() {
    Subject s = subject();
    assertEquals(List.of("implausible-below-min", "no-counter-from-implausible"),
        codes(fire(s, bandMatch(s), new Implausible(s, BELOW))));
  }

  @Test
  void nearMissAnOfferInABandWithNothingImplausibleIsNotHeldBack() {
    Subject s = subject();
    assertEquals(List.of(), fire(s, bandMatch(s)).facts());
  }

  // ---- what the offer is valued without ----

  private static List<Notice> valued(Offers.Builder offer) {
    Subject s = subject(offer);
    return fire(s, bandMatch(s), OfferFigures.of(s, FxRate.identity(USD))).inserted(Notice.class);
  }

  @Test
  void anOfferWithNoStockGrantAndNoBonusSaysItIsValuedWithoutBoth() {
    Subject s = subject(Offers.twilioSf().stock("0").bonus("0"));
    assertEquals(List.of(new Notice(s, Severity.INFO, "valued-without-stock-and-bonus")),
        fire(s, bandMatch(s), OfferFigures.of(s, FxRate.identity(USD))).inserted(Notice.class));
  }

  @Test
  void anOfferWithNoStockGrantButABonusSaysItIsValuedWithoutStock() {
    assertEquals(List.of("valued-without-stock"),
        valued(Offers.twilioSf().stock("0").bonus("10")).stream().map(n -> n.said().code()).toList());
  }

  @Test
  void anOfferWithAStockGrantButNoBonusSaysItIsValuedWithoutABonus() {
    assertEquals(List.of("valued-without-bonus"),
        valued(Offers.twilioSf().stock("160000").bonus("0")).stream().map(n -> n.said().code()).toList());
  }

  @Test
  void nearMissAnOfferWithAStockGrantOfOneCentAndABonusSaysNothing() {
    assertEquals(List.of(), valued(Offers.twilioSf().stock("0.01").bonus("10")));
  }

  @Test
  void nearMissAnOfferWithNoBandSaysNothingOfWhatItIsValuedWithout() {
    Subject s = subject(Offers.twilioSf().stock("0").bonus("0"));
    assertEquals(List.of(), fire(s, OfferFigures.of(s, FxRate.identity(USD))).facts());
  }
}
