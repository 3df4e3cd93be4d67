package dev.offereval.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.model.CompetingFigures;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Component;
import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.PreviousRound;
import dev.offereval.model.VestSchedule;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic the rules for later rounds read and call: the revision as a whole ({@link
 * RoundMove#of}), component by component ({@link ComponentRevision#all}), and what a trade asks for
 * and which competing package a hold or a decision cites ({@link RoundAdvice}).
 */
class RoundArithmeticTest {
  private static final BigDecimal VIEW = new BigDecimal("4");

  private static Money usd(String a) {
    return Money.of(a, "USD");
  }

  private static Offer offer(String base, String stock, String bonus, String signOn, VestSchedule schedule,
      List<CompetingOffer> competing) {
    return new Offer("o", "Twilio", "Data Engineer", "L2", "san-francisco", usd(base), usd(stock), 4,
        new BigDecimal(bonus), usd(signOn), new TreeSet<>(), competing, schedule);
  }

  private static Offer offer(String base, String stock, String bonus, String signOn) {
    return offer(base, stock, bonus, signOn, null, List.of());
  }

  private static final PreviousRound ROUND_1 = new PreviousRound(1, offer("170000", "160000", "10", "0"),
      new PreviousRound.Asked(usd("195000"), usd("230000"), new BigDecimal("10"), usd("0")), "counter");

  @Test
  void theRevisionClosesItsShareOfTheGapInValuePerYear() {
    Subject s = new Subject(offer("185000", "160000", "10", "10000"), 0);
    RoundMove m = RoundMove.of(s, ROUND_1, VIEW);
    assertEquals(usd("227000.00"), m.valueBefore());
    assertEquals(usd("272000.00"), m.valueAsked());
    assertEquals(usd("246000.00"), m.valueAfter());
    assertEquals(new BigDecimal("42.22"), m.gapClosedPct());
    assertEquals(usd("26000.00"), m.restPerYear());
    assertEquals(2, m.round());
    assertFalse(m.afterHold());
  }

  @Test
  void nearMissNoAskNoAskAboveTheOfferOrAnotherCurrencyIsNothingToCompare() {
    Subject s = new Subject(offer("185000", "160000", "10", "0"), 0);
    assertNull(RoundMove.of(s, new PreviousRound(1, ROUND_1.offer(), null, "accept_as_offered"), VIEW));
    assertNull(RoundMove.of(s, new PreviousRound(1, ROUND_1.offer(),
        new PreviousRound.Asked(usd("170000"), usd("160000"), new BigDecimal("10"), usd("0")), "counter"), VIEW));
    Subject pounds = new Subject(new Offer("o", "Twilio", "Data Engineer", "L2", "london", Money.of("185000", "GBP"),
        Money.of("160000", "GBP"), 4, BigDecimal.TEN, null, new TreeSet<>(), List.of()), 0);
    assertNull(RoundMove.of(pounds, ROUND_1, VIEW));
  }

  @Test
  void eachComponentClosesItsOwnGapAndItsShareOfThePackagesGap() {
    Subject s = new Subject(offer("185000", "160000", "11", "10000"), 0);
    List<ComponentRevision> c = ComponentRevision.all(RoundMove.of(s, ROUND_1, VIEW), VIEW);
    assertEquals(List.of(Component.BASE, Component.STOCK, Component.BONUS, Component.SIGN_ON),
        c.stream().map(ComponentRevision::component).toList());
    // the base: 60% of its own $25,000 gap; $15,000 and the 10% bonus on it, $16,500 of the $45,000 gap
    assertEquals(new BigDecimal("60.00"), c.get(0).gapClosedPct());
    assertEquals(new BigDecimal("36.67"), c.get(0).valueClosedPct());
    assertTrue(c.get(0).askedMore());
    // the stock did not move; the bonus and sign-on were not asked for, but count for what they pay
    assertEquals(new BigDecimal("0.00"), c.get(1).valueClosedPct());
    assertFalse(c.get(2).askedMore());
    assertEquals(new BigDecimal("0.00"), c.get(2).gapClosedPct());
    assertEquals(new BigDecimal("3.78"), c.get(2).valueClosedPct());
    assertEquals(new BigDecimal("5.56"), c.get(3).valueClosedPct());
    assertTrue(c.get(3).rose());
  }

  @Test
  void aTradesSignOnCoversTheRestTimesTheViewRoundedDown() {
    Subject s = new Subject(offer("185000", "160000", "10", "10000"), 0);
    RoundMove m = new RoundMove(s, 2, false, ROUND_1, usd("227000"), usd("272000"), usd("246000.40"),
        new BigDecimal("42.22"), new BigDecimal("56.22"));
    RoundAdvice a = RoundAdvice.trade(s, "t", m, Component.SIGN_ON, new BigDecimal("75"), VIEW, new BigDecimal("500"));
    // $25,999.60 a year, four times over, is $103,998.40: $103,500 at the $500 step, never above the ask
    assertEquals(usd("103500"), a.coverAmount());
    assertEquals(usd("113500"), a.ask().signOn());
    assertEquals(s.offer().stockGrant(), a.ask().stockGrant());
  }

  @Test
  void aTradesGrantCoversTheRestByWhatItVestsInTheView() {
    // 10/20/30/40 vests 25% a year on average over four years, as an even grant does; over the first
    // year alone, 10%
    RoundAdvice four = stockTrade("10/20/30/40", VIEW);
    assertEquals(Component.STOCK, four.cover());
    assertEquals(usd("112000"), four.coverAmount());
    assertEquals(usd("280000"), stockTrade("10/20/30/40", BigDecimal.ONE).coverAmount());
  }

  @Test
  void nearMissAGrantThatVestsNothingInTheViewCannotCoverItASignOnDoes() {
    RoundAdvice a = stockTrade("0/50/25/25", BigDecimal.ONE);
    assertEquals(Component.SIGN_ON, a.cover());
    assertEquals(usd("28000"), a.coverAmount());
  }

  /** A trade by stock for a $185K-base revision worth $244,000 a year, its grant vesting on {@code schedule}. */
  private static RoundAdvice stockTrade(String schedule, BigDecimal view) {
    Subject s = new Subject(offer("185000", "160000", "10", "0", VestSchedule.parse(schedule, 4, 4), List.of()), 0);
    RoundMove m = new RoundMove(s, 2, false, ROUND_1, usd("227000"), usd("272000"), usd("244000"),
        new BigDecimal("37.78"), new BigDecimal("60.55"));
    return RoundAdvice.trade(s, "t", m, Component.STOCK, new BigDecimal("75"), view, new BigDecimal("500"));
  }

  @Test
  void theCompetingPackageCitedIsTheOneWorthMostBeforeBonusTheEarliestOnATie() {
    CompetingOffer low = new CompetingOffer("A", "IC2", usd("150000"), usd("100000"), 4, new BigDecimal("20"));
    CompetingOffer high = new CompetingOffer("B", "IC2", usd("190000"), usd("100000"), 4, null);
    CompetingOffer tie = new CompetingOffer("C", "IC2", usd("190000"), usd("100000"), 4, null);
    FxRate par = FxRate.identity(java.util.Currency.getInstance("USD"));
    List<CompetingFigures> all = List.of(CompetingFigures.of(0, low, par), CompetingFigures.of(1, high, par),
        CompetingFigures.of(2, tie, par));
    assertEquals(1, RoundAdvice.best(all, VIEW).index());
    assertNull(RoundAdvice.best(List.of(), VIEW));
  }

  /** The sign-on a trade would need, in percent of the revised base: $26,000 a year over four years against $185,000. */
  @Test
  void theSignOnCoverIsTheRestOverTheViewInPercentOfTheRevisedBaseRoundedUp() {
    assertEquals(new BigDecimal("56.22"), RoundMove.signOnCoverPct(usd("25999.60"), usd("185000"), VIEW));
    assertEquals(new BigDecimal("25.00"), RoundMove.signOnCoverPct(usd("11562.50"), usd("185000"), VIEW));
    // a cent over a quarter of the base is over it
    assertEquals(new BigDecimal("25.01"), RoundMove.signOnCoverPct(usd("11562.51"), usd("185000"), VIEW));
    assertEquals(null, RoundMove.signOnCoverPct(usd("100"), usd("0"), VIEW));
  }
}
