package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offereval.Offers;
import dev.offereval.model.Band;
import dev.offereval.model.Money;
import dev.offereval.model.MoneyRange;
import dev.offereval.model.PercentRange;
import dev.offereval.model.Severity;
import dev.offereval.model.internal.BandMatch;
import dev.offereval.model.internal.EvaluationDate;
import dev.offereval.model.internal.Names;
import dev.offereval.model.internal.NoBand;
import dev.offereval.model.internal.Notice;
import dev.offereval.model.internal.Policy;
import dev.offereval.model.internal.StaleBand;
import dev.offereval.model.internal.Subject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rules/band-match.drl alone, on bands made by hand: an offer takes the band its company, role,
 * level and region name, has no band when none does, and its band is stale past the policy's
 * months on the evaluation date. The policy here makes a band stale after 6 months, not the
 * shipped 12, so a limit the rule stopped reading from Policy would show. Reads Subject, Band,
 * Names, EvaluationDate and Policy; writes BandMatch, NoBand, StaleBand and Notice.
 *
 * <p>NoBand is asserted only as inserted: its reason is being reworked.
 */
class BandMatchFileTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Policy STALE_AFTER_6_MONTHS = new Policy(BigDecimal.ZERO, 4, new BigDecimal("2"),
      new BigDecimal("500"), new BigDecimal("2"), 6, new BigDecimal("3"), new BigDecimal("3"), BigDecimal.ONE,
      new BigDecimal("200"), new BigDecimal("75"), new BigDecimal("25"), new BigDecimal("25"));
  private static final LocalDate AS_OF = LocalDate.of(2026, 2, 1);
  private static RuleFileHarness bandMatch;

  @BeforeAll
  static void compile() {
    bandMatch = RuleFileHarness.of("band-match.drl");
  }

  // ---- facts ----

  private static Band band(String region, LocalDate asOf) {
    MoneyRange r = new MoneyRange(Money.of(150_000, USD), Money.of(200_000, USD));
    return new Band("Twilio", "Data Engineer", "L2", region, region, USD, r, r, 4,
        new PercentRange(BigDecimal.TEN, new BigDecimal("15")), r, asOf, List.of("test"), "test");
  }

  private static final Band SF = band("san-francisco", AS_OF);
  private static final Band DENVER = band("denver", AS_OF);

  /** An offer among the two bands, on {@code date}. */
  private static RuleFileHarness.Fired match(Offers.Builder offer, LocalDate date, Band... bands) {
    Subject s = new Subject(offer.build(), 0);
    List<Object> facts = new java.util.ArrayList<>(List.of(s, Names.empty(), STALE_AFTER_6_MONTHS, new EvaluationDate(date)));
    facts.addAll(List.of(bands));
    return bandMatch.fire(facts.toArray());
  }

  private static RuleFileHarness.Fired match(Offers.Builder offer) {
    return match(offer, AS_OF, SF, DENVER);
  }

  private static List<Band> matched(RuleFileHarness.Fired fired) {
    return fired.inserted(BandMatch.class).stream().map(BandMatch::band).toList();
  }

  // ---- a band, or none ----

  @Test
  void anOfferTakesTheBandForItsCompanyRoleLevelAndRegion() {
    RuleFileHarness.Fired fired = match(Offers.twilioSf().region("denver"));
    assertEquals(List.of(DENVER), matched(fired));
    assertEquals(List.of(), fired.inserted(NoBand.class));
  }

  @Test
  void anOfferNamedInAnotherCaseAndSpacingStillTakesItsBand() {
    RuleFileHarness.Fired fired = match(Offers.twilioSf().company("TWILIO").role("data   engineer").level("l2")
        .region("San-Francisco"));
    assertEquals(List.of(SF), matched(fired));
  }

  @Test
  void nearMissAnOfferInARegionWithNoBandHasNoBand() {
    RuleFileHarness.Fired fired = match(Offers.twilioSf().region("austin"));
    assertEquals(List.of(), matched(fired));
    assertEquals(1, fired.inserted(NoBand.class).size());
  }

  @Test
  void nearMissAnOfferAtALevelWithNoBandHasNoBand() {
    RuleFileHarness.Fired fired = match(Offers.twilioSf().level("L3"));
    assertEquals(List.of(), matched(fired));
    assertEquals(1, fired.inserted(NoBand.class).size());
  }

  @Test
  void anOfferWhenTheDataHasNoBandsAtAllHasNoBand() {
    RuleFileHarness.Fired fired = match(Offers.twilioSf(), AS_OF);
    assertEquals(1, fired.inserted(NoBand.class).size());
  }

  // ---- stale bands: older than the policy's months on the evaluation date ----

  @Test
  void aBandOneDayPastThePolicysMonthsIsStale() {
    RuleFileHarness.Fired fired = match(Offers.twilioSf(), LocalDate.of(2026, 8, 2), SF);
    assertEquals(1, fired.inserted(StaleBand.class).size());
    List<Notice> notices = fired.inserted(Notice.class);
    assertEquals(1, notices.size(), notices.toString());
    assertEquals(Severity.WARNING, notices.get(0).severity());
    assertEquals("stale-band", notices.get(0).said().code());
    assertEquals(Map.of("band", "Twilio Data Engineer L2 san-francisco", "asOf", AS_OF, "months", 6),
        notices.get(0).said().values());
  }

  @Test
  void nearMissABandExactlyThePolicysMonthsOldIsNotStale() {
    RuleFileHarness.Fired fired = match(Offers.twilioSf(), LocalDate.of(2026, 8, 1), SF);
    assertEquals(List.of(SF), matched(fired));
    assertEquals(List.of(), fired.inserted(StaleBand.class));
    assertEquals(List.of(), fired.inserted(Notice.class));
  }

  @Test
  void aBandDatedTheLastDayOfAMonthIsStaleFromTheDayAfterTheShorterMonthEnds() {
    // 2025-08-31 plus 6 months is 2026-02-28
    Band endOfMonth = band("san-francisco", LocalDate.of(2025, 8, 31));
    assertEquals(List.of(), match(Offers.twilioSf(), LocalDate.of(2026, 2, 28), endOfMonth).inserted(StaleBand.class));
    assertEquals(1, match(Offers.twilioSf(), LocalDate.of(2026, 3, 1), endOfMonth).inserted(StaleBand.class).size());
  }

  @Test
  void nearMissAnOfferWithNoBandIsNeverStaleHoweverOldTheOtherBands() {
    RuleFileHarness.Fired fired = match(Offers.twilioSf().region("austin"), LocalDate.of(2030, 1, 1), SF, DENVER);
    assertEquals(List.of(), fired.inserted(StaleBand.class));
    assertEquals(List.of(), fired.inserted(Notice.class));
  }
}
