package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.Band;
import dev.offereval.model.Component;
import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.MoneyRange;
import dev.offereval.model.PercentRange;
import dev.offereval.model.Zone;
import dev.offereval.model.internal.BandMatch;
import dev.offereval.model.internal.ComponentFigure;
import dev.offereval.model.internal.ComponentZone;
import dev.offereval.model.internal.OfferFigures;
import dev.offereval.model.internal.Subject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rules/band-position.drl alone: the four figures laid out from a {@link BandMatch} and the
 * offer's {@link OfferFigures}, and the three zones at their exact edges, each beside a near miss.
 * Reads BandMatch, OfferFigures and ComponentFigure; writes ComponentFigure and ComponentZone.
 *
 * <p>The band is made by hand: base $150K–$200K, stock $120K–$240K over 4 years, bonus 10–15%,
 * stated total comp $210K–$310K.
 */
class BandPositionFileTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency GBP = Currency.getInstance("GBP");
  private static RuleFileHarness position;

  @BeforeAll
  static void compile() {
    position = RuleFileHarness.of("band-position.drl");
  }

  // ---- facts ----

  private static Band band() {
    return new Band("Twilio", "Data Engineer", "L2", "san-francisco", "San Francisco", USD,
        range(150_000, 200_000), range(120_000, 240_000), 4, new PercentRange(BigDecimal.TEN, new BigDecimal("15")),
        range(210_000, 310_000), LocalDate.of(2026, 2, 1), List.of("test"), "test");
  }

  private static MoneyRange range(long min, long max) {
    return new MoneyRange(Money.of(min, USD), Money.of(max, USD));
  }

  /** The offer in the band's currency, matched to the band: what the layout rule reads. */
  private static RuleFileHarness.Fired laidOut(Offers.Builder offer) {
    Subject s = new Subject(offer.build(), 0);
    return position.fire(s, new BandMatch(s, band()), OfferFigures.of(s, FxRate.identity(USD)));
  }

  private static Map<Component, ComponentFigure> figures(RuleFileHarness.Fired fired) {
    return fired.inserted(ComponentFigure.class).stream()
        .collect(Collectors.toMap(ComponentFigure::component, Function.identity()));
  }

  private static Map<Component, Zone> zones(RuleFileHarness.Fired fired) {
    return fired.inserted(ComponentZone.class).stream()
        .collect(Collectors.toMap(ComponentZone::component, ComponentZone::zone));
  }

  private static Zone baseZone(String base) {
    return zones(laidOut(Offers.twilioSf().base(base))).get(Component.BASE);
  }

  private static void assertFigure(ComponentFigure f, String unit, String offered, long min, long max) {
    assertEquals(unit, f.unit(), f.toString());
    assertEquals(0, new BigDecimal(offered).compareTo(f.offered()), f.toString());
    assertEquals(0, BigDecimal.valueOf(min).compareTo(f.min()), f.toString());
    assertEquals(0, BigDecimal.valueOf(max).compareTo(f.max()), f.toString());
  }

  // ---- the layout ----

  @Test
  void theOfferIsLaidOutAsBaseStockOverTheBandsYearsBonusAndTotalComp() {
    // $120K over 3 years is $40K a year: $160K over the band's 4; total 170,000 + 40,000 + 12% of 170,000
    Map<Component, ComponentFigure> f =
        figures(laidOut(Offers.twilioSf().base("170000").stock("120000").vest(3).bonus("12")));
    assertEquals(4, f.size(), f.toString());
    assertFigure(f.get(Component.BASE), "USD", "170000", 150_000, 200_000);
    assertFigure(f.get(Component.STOCK), "USD", "160000", 120_000, 240_000);
    assertFigure(f.get(Component.BONUS), "%", "12", 10, 15);
    assertFigure(f.get(Component.TOTAL_COMP), "USD", "230400", 210_000, 310_000);
  }

  @Test
  void nearMissFiguresInAnotherCurrencyThanTheBandAreNotLaidOut() {
    Subject s = new Subject(Offers.twilioSf().currency("GBP").build(), 0);
    RuleFileHarness.Fired fired = position.fire(s, new BandMatch(s, band()), OfferFigures.of(s, FxRate.identity(GBP)));
    assertEquals(List.of(), fired.facts());
  }

  @Test
  void nearMissWithoutABandMatchNothingIsLaidOut() {
    Subject s = new Subject(Offers.twilioSf().build(), 0);
    assertEquals(List.of(), position.fire(s, OfferFigures.of(s, FxRate.identity(USD))).facts());
  }

  @Test
  void everyFigureLaidOutIsPlacedInExactlyOneZone() {
    RuleFileHarness.Fired fired = laidOut(Offers.twilioSf().base("170000").stock("160000").bonus("10"));
    assertEquals(4, fired.inserted(ComponentZone.class).size());
    assertEquals(Map.of(Component.BASE, Zone.IN_BAND, Component.STOCK, Zone.IN_BAND, Component.BONUS, Zone.IN_BAND,
        Component.TOTAL_COMP, Zone.IN_BAND), zones(fired));
  }

  // ---- the zones at their edges, on the base ----

  @Test
  void aBaseAtTheBandMinimumIsInTheBand() {
    assertEquals(Zone.IN_BAND, baseZone("150000"));
  }

  @Test
  void nearMissABaseOneCentUnderTheMinimumIsBelowTheBand() {
    assertEquals(Zone.BELOW_BAND, baseZone("149999.99"));
  }

  @Test
  void aBaseAtTheBandMaximumIsInTheBand() {
    assertEquals(Zone.IN_BAND, baseZone("200000"));
  }

  @Test
  void nearMissABaseOneCentOverTheMaximumIsAboveTheBand() {
    assertEquals(Zone.ABOVE_BAND, baseZone("200000.01"));
  }

  @Test
  void aBaseAtTheMinimumHasPenetrationZeroAndAtTheMaximumOne() {
    ComponentZone atMin = baseZoneFact("150000");
    ComponentZone atMax = baseZoneFact("200000");
    assertEquals(0, atMin.position().penetration().signum());
    assertEquals(0, BigDecimal.ONE.compareTo(atMax.position().penetration()));
  }

  private static ComponentZone baseZoneFact(String base) {
    return laidOut(Offers.twilioSf().base(base)).inserted(ComponentZone.class).stream()
        .filter(z -> z.component() == Component.BASE).findFirst().orElseThrow();
  }

  // ---- the zones at their edges, on a figure made by hand (all the zone rules read) ----

  @ParameterizedTest(name = "{0} {1} in [{2}, {3}] is {4}")
  @CsvSource({
    "STOCK, 119999.99, 120000, 240000, BELOW_BAND",
    "STOCK, 120000, 120000, 240000, IN_BAND",
    "STOCK, 240000, 120000, 240000, IN_BAND",
    "STOCK, 240000.01, 120000, 240000, ABOVE_BAND",
    "BONUS, 9.99, 10, 15, BELOW_BAND",
    "BONUS, 10, 10, 15, IN_BAND",
    "BONUS, 15, 10, 15, IN_BAND",
    "BONUS, 15.01, 10, 15, ABOVE_BAND",
    "TOTAL_COMP, 209999.99, 210000, 310000, BELOW_BAND",
    "TOTAL_COMP, 310000.01, 210000, 310000, ABOVE_BAND",
  })
  void aFigureIsPlacedByItsOwnBoundsInclusive(Component c, String offered, String min, String max, Zone zone) {
    Subject s = new Subject(Offers.twilioSf().build(), 0);
    ComponentFigure f = new ComponentFigure(s, c, c == Component.BONUS ? "%" : "USD", new BigDecimal(offered),
        new BigDecimal(min), new BigDecimal(max));
    List<ComponentZone> placed = position.fire(s, f).inserted(ComponentZone.class);
    assertEquals(1, placed.size(), placed.toString());
    assertEquals(zone, placed.get(0).zone());
    assertTrue(placed.get(0).subject() == s);
  }
}
