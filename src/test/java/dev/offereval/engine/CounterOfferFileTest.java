package dev.offereval.engine;

import static dev.offereval.engine.RuleFacts.USD;
import static dev.offereval.engine.RuleFacts.subject;
import static dev.offereval.engine.RuleFacts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offereval.Offers;
import dev.offereval.model.Band;
import dev.offereval.model.Component;
import dev.offereval.model.FxRate;
import dev.offereval.model.Severity;
import dev.offereval.model.Zone;
import dev.offereval.model.internal.Anchor;
import dev.offereval.model.internal.AskTransfer;
import dev.offereval.model.internal.BandMatch;
import dev.offereval.model.internal.BandTarget;
import dev.offereval.model.internal.BonusTarget;
import dev.offereval.model.internal.CappedAsk;
import dev.offereval.model.internal.ComponentFigure;
import dev.offereval.model.internal.CounterDecision;
import dev.offereval.model.internal.CounterDraft;
import dev.offereval.model.internal.CounterOffer;
import dev.offereval.model.internal.DesiredAsk;
import dev.offereval.model.internal.ExpertiseTarget;
import dev.offereval.model.internal.Implausible;
import dev.offereval.model.internal.Notice;
import dev.offereval.model.internal.OfferFigures;
import dev.offereval.model.internal.Said;
import dev.offereval.model.internal.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rules/counter-offer.drl alone, on the shipped policy (counter.min-move-pct 2,
 * counter.round-down-to 500, counter.min-sign-on-pct 2, the 4-year average) and the Twilio Data
 * Engineer L2 San Francisco band ($150,000 to $200,000 base, $30,000 to $60,000 stock a year, 10%
 * to 15% bonus), with the anchor made by hand. Reads Anchor, BandMatch, OfferFigures,
 * ComponentFigure (base), ComponentZone (bonus), Policy and Implausible; writes the asks, the
 * transfers, the bonus ask, the draft, the counter, its decision, the stated counter and notices.
 */
class CounterOfferFileTest {
  private static RuleFileHarness counter;

  @BeforeAll
  static void compile() {
    counter = RuleFileHarness.of("counter-offer.drl");
  }

  // ---- facts ----

  private static Band band() {
    return RuleFacts.data().bands().stream()
        .filter(b -> b.level().equals("L2") && b.regionKey().equals("san-francisco")).findFirst().orElseThrow();
  }

  /** An offer in the band, with its base figure and its bonus zone as band-position.drl would make them. */
  private static final class Case {
    final Subject s;
    final OfferFigures of;
    final List<Object> facts = new ArrayList<>();

    Case(Offers.Builder offer) {
      s = subject(offer);
      of = OfferFigures.of(s, FxRate.identity(USD));
      Band b = band();
      BigDecimal bonus = of.bonusPct();
      Zone zone = bonus.compareTo(b.bonusPct().min()) < 0 ? Zone.BELOW_BAND
          : bonus.compareTo(b.bonusPct().max()) > 0 ? Zone.ABOVE_BAND : Zone.IN_BAND;
      facts.addAll(List.of(RuleFacts.data().policy(), s, of, new BandMatch(s, b),
          ComponentFigure.of(s, Component.BASE, of.base(), b.base()),
          ComponentFigure.ofPercent(s, bonus, b.bonusPct()).position(zone)));
    }

    /** The band target at {@code penetration}, as anchor.drl makes it, is the anchor. */
    Fired bandTarget(String penetration) {
      BandTarget t = BandTarget.of(s, band(), of, new ExpertiseTarget(0, new BigDecimal(penetration)), 0);
      return with(Anchor.of(t, Said.of("anchor-band-target")));
    }

    /** Competing offer 0 is the anchor. */
    Fired competingAnchor() {
      return with(Anchor.of(s, RuleFacts.competing(s, 0), Said.of("anchor-competing")));
    }

    /** Fires with {@code more}; an anchor among them comes with its desired ask, as anchor.drl inserts it. */
    Fired with(Object... more) {
      List<Object> all = new ArrayList<>(facts);
      all.addAll(List.of(more));
      DesiredAsk desired = null;
      for (Object o : more) {
        if (o instanceof Anchor a) {
          desired = DesiredAsk.of(s, a, of, RuleFacts.data().policy().comparisonView());
          all.add(desired);
        }
      }
      return new Fired(this, counter.fire(all.toArray()), desired);
    }
  }

  private record Fired(Case c, RuleFileHarness.Fired fired, DesiredAsk desired) {
    CounterOffer theCounter() {
      List<CounterOffer> co = fired.inserted(CounterOffer.class);
      assertEquals(1, co.size(), fired.facts().toString());
      return co.get(0);
    }

    CounterDecision theDecision() {
      List<CounterDecision> d = fired.inserted(CounterDecision.class);
      assertEquals(1, d.size(), fired.facts().toString());
      return d.get(0);
    }

    /** The band's cap on {@code component}'s ask, if it has one. */
    java.util.Optional<CappedAsk> cap(Component component) {
      List<CappedAsk> a = fired.inserted(CappedAsk.class).stream().filter(x -> x.component() == component).toList();
      assertEquals(true, a.size() <= 1, a.toString());
      return a.stream().findFirst();
    }


    List<AskTransfer> transfers() {
      return fired.inserted(AskTransfer.class);
    }

    /** The bonus target the counter asks: the highest of the targets, in the draft. */
    BigDecimal bonusAsk() {
      List<CounterDraft> d = fired.inserted(CounterDraft.class);
      assertEquals(1, d.size(), fired.facts().toString());
      return d.get(0).bonusPct();
    }

    List<String> bonusReasons() {
      return fired.inserted(BonusTarget.class).stream().map(t -> t.reason().code()).sorted().toList();
    }

    List<String> notices() {
      return fired.inserted(Notice.class).stream().map(n -> n.said().code()).sorted().toList();
    }
  }

  /** $160,000 base, $130,000 over four years ($32,500 a year), 10%: $208,500 a year. */
  private static Offers.Builder offer() {
    return Offers.twilioSf().base("160000").stock("130000").bonus("10");
  }

  /** $150,000 base, $120,000 over four years ($30,000 a year), 10%: $195,000 a year; 2% of it is $3,900. */
  private static Offers.Builder atBandMinimum() {
    return Offers.twilioSf().base("150000").stock("120000").bonus("10");
  }

  private static void assertPct(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " against " + actual);
  }

  // ---- the band target as anchor ----

  @Test
  void theBandTargetAtHalfIsAskedForWholeAndIsWorthMaking() {
    Fired f = new Case(offer()).bandTarget("0.50");
    assertEquals(usd("175000"), f.desired().base());
    assertEquals("ask-band-target-base", f.desired().reason(Component.BASE).code());
    assertEquals(usd("45000"), f.desired().stockPerYear());
    assertEquals("ask-band-target-stock", f.desired().reason(Component.STOCK).code());
    CounterOffer co = f.theCounter();
    assertEquals(usd("175000"), co.base());
    assertEquals(usd("180000"), co.stockGrant());
    assertEquals(4, co.vestYears());
    assertPct("10", co.bonusPct());
    assertEquals(usd("0"), co.signOn());
    assertEquals(Set.of(), co.capped());
    // 175,000 + 45,000 + 17,500 = 237,500 against 208,500
    CounterDecision d = f.theDecision();
    assertEquals(false, d.accept());
    assertEquals("counter-worth-making", d.why().code());
    assertEquals(usd("29000"), d.why().values().get("gain"));
    assertEquals("4-year average", d.why().values().get("view"));
    assertPct("2", (BigDecimal) d.why().values().get("min"));
  }

  @Test
  void nearMissAnOfferAlreadyAtTheBandTargetMeansAcceptAsOffered() {
    Fired f = new Case(Offers.twilioSf().base("175000").stock("180000").bonus("10")).bandTarget("0.50");
    CounterDecision d = f.theDecision();
    assertEquals(true, d.accept());
    assertEquals("offer-already-worth-anchor", d.why().code());
    assertEquals("ask-offered-base", f.desired().reason(Component.BASE).code());
  }

  @Test
  void anImplausibleFigureMakesNoCounter() {
    Case c = new Case(offer());
    BandTarget t = BandTarget.of(c.s, band(), c.of, new ExpertiseTarget(0, new BigDecimal("0.50")), 0);
    Fired f = c.with(Anchor.of(t, Said.of("anchor-band-target")), new Implausible(c.s, Said.of("implausible-below-min")));
    assertEquals(List.of(), f.fired().inserted(CounterDraft.class));
    assertEquals(List.of(), f.fired().inserted(CounterOffer.class));
    assertEquals(List.of(), f.fired().inserted(CounterDecision.class));
  }

  // ---- the policy's least move: 2% of the offer's value ----

  @Test
  void aCounterAddingExactlyTwoPercentIsWorthMaking() {
    // Snowflake: $33,900 a year in stock, the rest as offered: 150,000 + 33,900 + 15,000 = 198,900
    Fired f = new Case(atBandMinimum().competing("Snowflake", "IC2", "150000", "135600", 4, "10", "USD"))
        .competingAnchor();
    assertEquals("ask-offered-base", f.desired().reason(Component.BASE).code());
    assertEquals(Said.of("ask-matches-stock", Map.of("label", "Snowflake IC2")), f.desired().reason(Component.STOCK));
    assertEquals(usd("135600"), f.theCounter().stockGrant());
    CounterDecision d = f.theDecision();
    assertEquals(false, d.accept());
    assertEquals("counter-worth-making", d.why().code());
    assertEquals(usd("3900"), d.why().values().get("gain"));
  }

  @Test
  void nearMissACounterAddingACentLessThanTwoPercentMeansAcceptAsOffered() {
    Fired f = new Case(atBandMinimum().competing("Snowflake", "IC2", "150000", "135599.96", 4, "10", "USD"))
        .competingAnchor();
    CounterDecision d = f.theDecision();
    assertEquals(true, d.accept());
    assertEquals("counter-too-small", d.why().code());
    assertEquals(usd("3899.99"), d.why().values().get("gain"));
  }

  // ---- the band maximum ----

  @Test
  void nearMissABaseAskAtTheBandMaximumStands() {
    Fired f = new Case(offer().competing("Snowflake", "IC2", "200000", "180000", 4, "10", "USD")).competingAnchor();
    assertEquals(java.util.Optional.empty(), f.cap(Component.BASE));
    assertEquals(usd("200000"), f.desired().base());
    assertEquals(List.of(), f.transfers());
    assertEquals(usd("200000"), f.theCounter().base());
    assertEquals(Set.of(), f.theCounter().capped());
  }

  @Test
  void aBaseAskOverTheBandMaximumIsCappedAndTheRestMovesIntoStock() {
    Fired f = new Case(offer().competing("Snowflake", "IC2", "210000", "180000", 4, "10", "USD")).competingAnchor();
    CappedAsk base = f.cap(Component.BASE).orElseThrow();
    assertEquals(usd("200000"), base.amount());
    assertEquals(usd("10000"), base.overflow());
    assertEquals(Said.of("capped-at-max", Map.of("why", Said.of("ask-matches-base", Map.of("label", "Snowflake IC2")))),
        base.reason());
    assertEquals(List.of(new AskTransfer(f.c().s, Component.BASE, Component.STOCK, usd("10000"),
        Said.of("transfer-base-to-stock"))), f.transfers());
    // 45,000 + 10,000 a year in stock; the base stays capped
    assertEquals(usd("200000"), f.theCounter().base());
    assertEquals(usd("220000"), f.theCounter().stockGrant());
    assertEquals(Set.of(Component.BASE), f.theCounter().capped());
  }

  @Test
  void stockOverTheBandsYearlyMaximumByTwoPercentOfTheBaseMovesIntoASignOn() {
    // $63,000 a year against a $60,000 maximum: $3,000 over, 2% of the $150,000 base
    Fired f = new Case(atBandMinimum().competing("Snowflake", "IC2", "150000", "252000", 4, "10", "USD"))
        .competingAnchor();
    CappedAsk stock = f.cap(Component.STOCK).orElseThrow();
    assertEquals(usd("60000"), stock.amount());
    assertEquals(usd("3000"), stock.overflow());
    assertEquals(List.of(new AskTransfer(f.c().s, Component.STOCK, Component.SIGN_ON, usd("3000"),
        Said.of("transfer-stock-to-sign-on"))), f.transfers());
    assertEquals(usd("3000"), f.theCounter().signOn());
  }

  @Test
  void nearMissStockOverTheMaximumByLessThanTwoPercentOfTheBaseIsLeftOut() {
    Fired f = new Case(atBandMinimum().competing("Snowflake", "IC2", "150000", "251999.96", 4, "10", "USD"))
        .competingAnchor();
    assertEquals(usd("2999.99"), f.cap(Component.STOCK).orElseThrow().overflow());
    assertEquals(List.of(), f.transfers());
    assertEquals(usd("0"), f.theCounter().signOn());
    assertEquals(usd("240000"), f.theCounter().stockGrant());
  }

  @Test
  void stockOverTheMaximumIsWeighedAgainstTheBaseAsCappedNotAsDesired() {
    // base: $210,000 desired, capped at $200,000; stock: $64,100 a year against $60,000, $4,100
    // over: 2% of the capped base is $4,000, so it moves (rounded down to $4,000); 2% of the desired
    // base would be $4,200
    Fired f = new Case(offer().competing("Snowflake", "IC2", "210000", "256400", 4, "10", "USD")).competingAnchor();
    assertEquals(usd("200000"), f.cap(Component.BASE).orElseThrow().amount());
    assertEquals(usd("4100"), f.cap(Component.STOCK).orElseThrow().overflow());
    assertEquals(true, f.transfers().contains(new AskTransfer(f.c().s, Component.STOCK, Component.SIGN_ON, usd("4000"),
        Said.of("transfer-stock-to-sign-on"))), f.transfers().toString());
  }

  @Test
  void nearMissStockOverTheMaximumByLessThanTwoPercentOfTheCappedBaseStaysOut() {
    // $3,900 over, under 2% of the capped $200,000 base
    Fired f = new Case(offer().competing("Snowflake", "IC2", "210000", "255600", 4, "10", "USD")).competingAnchor();
    assertEquals(usd("3900"), f.cap(Component.STOCK).orElseThrow().overflow());
    assertEquals(List.of(), f.transfers().stream().filter(t -> t.from() == Component.STOCK).toList());
  }

  // ---- the bonus ----

  @Test
  void aBonusInTheBandIsKept() {
    Fired f = new Case(offer()).bandTarget("0.50");
    // no target: the offered bonus is asked
    assertEquals(List.of(), f.bonusReasons());
    assertPct("10", f.bonusAsk());
  }

  @Test
  void aBonusBelowTheBandIsRaisedToItsMinimum() {
    Fired f = new Case(offer().bonus("9.99")).bandTarget("0.50");
    assertEquals(List.of("bonus-below-band"), f.bonusReasons());
    assertPct("10", f.bonusAsk());
  }

  @Test
  void aBonusOfZeroIsAskedAtTheBandMinimumAsNotGiven() {
    Fired f = new Case(offer().bonus("0")).bandTarget("0.50");
    assertEquals(List.of("bonus-not-given"), f.bonusReasons());
    assertPct("10", f.bonusAsk());
  }

  @Test
  void aBonusUnderTheAnchorsIsMatchedUpToTheBandMaximum() {
    Fired f = new Case(offer().competing("Snowflake", "IC2", "190000", "200000", 4, "12", "USD")).competingAnchor();
    assertEquals(List.of("bonus-match-anchor"), f.bonusReasons());
    assertPct("12", f.bonusAsk());
  }

  @Test
  void anAnchorsBonusAboveTheBandIsMatchedOnlyToTheBandMaximum() {
    Fired f = new Case(offer().competing("Snowflake", "IC2", "190000", "200000", 4, "20", "USD")).competingAnchor();
    assertPct("15", f.bonusAsk());
  }

  @Test
  void nearMissAnAnchorsBonusEqualToTheOfferedIsNothingToMatch() {
    Fired f = new Case(offer().competing("Snowflake", "IC2", "190000", "200000", 4, "10", "USD")).competingAnchor();
    assertEquals(List.of(), f.bonusReasons());
    assertPct("10", f.bonusAsk());
  }

  // ---- the anchor's value is the ceiling ----

  @Test
  void nearMissADraftWorthExactlyItsAnchorStandsAsDrafted() {
    // 180,000 + 45,000 + 18,000 = 243,000 on both sides
    CounterOffer co = new Case(offer().competing("Snowflake", "IC2", "180000", "180000", 4, "10", "USD"))
        .competingAnchor().theCounter();
    assertEquals(usd("180000"), co.base());
    assertEquals(usd("180000"), co.stockGrant());
  }

  @Test
  void aDraftWorthMoreThanItsAnchorGivesBackTheStockRaiseFirstThenBase() {
    // the anchor's bonus is 0, the offer's 10% kept: the draft, 243,000, is 18,000 over the anchor's 225,000;
    // the stock raise, 12,500 a year, goes first, then 5,000 of base (5,500 with its bonus)
    CounterOffer co = new Case(offer().competing("Snowflake", "IC2", "180000", "180000", 4, "0", "USD"))
        .competingAnchor().theCounter();
    assertEquals(usd("175000"), co.base());
    assertEquals(usd("130000"), co.stockGrant());
    assertPct("10", co.bonusPct());
    assertEquals(usd("225000"), co.value().average(4, true));
  }

  // ---- notices ----

  @Test
  void aGrantOverThreeYearsAsksAboutRefreshGrants() {
    Fired f = new Case(offer().vest(3)).bandTarget("0.50");
    assertEquals(List.of(new Notice(f.c().s, Severity.INFO, "ask-about-refresh-grants", Map.of("years", 3))),
        f.fired().inserted(Notice.class));
  }

  @Test
  void nearMissAGrantOverFourYearsDoesNotAskAboutRefreshGrants() {
    assertEquals(List.of(), new Case(offer()).bandTarget("0.50").notices());
  }

  // ---- a counter stated back in the offer's currency ----

  private static final FxRate GBP_TO_USD = new FxRate(java.util.Currency.getInstance("GBP"), USD, new BigDecimal("1.25"),
      java.time.LocalDate.of(2026, 2, 1), "test rate");

  /** An offer made in pounds for the dollar band, converted at 1.25, and the decision on its counter. */
  private static List<Notice> statedBack(boolean accept) {
    Subject s = subject(Offers.twilioSf().currency("GBP"));
    return counter.fire(RuleFacts.data().policy(), s, OfferFigures.of(s, GBP_TO_USD),
        new CounterDecision(s, accept, Said.of(accept ? "counter-too-small" : "counter-worth-making")))
        .inserted(Notice.class);
  }

  @Test
  void aCounterToAnOfferInAnotherCurrencySaysTheRateItIsStatedBackAt() {
    List<Notice> n = statedBack(false);
    assertEquals(1, n.size(), n.toString());
    assertEquals("counter-stated-back", n.get(0).said().code());
    assertEquals(Severity.INFO, n.get(0).severity());
    assertEquals(Map.of("to", java.util.Currency.getInstance("GBP"), "from", USD, "rate", GBP_TO_USD.inverse(),
        "step", new BigDecimal("500")), n.get(0).said().values());
  }

  @Test
  void nearMissAnAcceptanceStatesNoCounterBack() {
    assertEquals(List.of(), statedBack(true));
  }

  @Test
  void nearMissACounterInTheOffersOwnCurrencyIsNotStatedBack() {
    Subject s = subject(Offers.twilioSf());
    assertEquals(List.of(), counter.fire(RuleFacts.data().policy(), s, OfferFigures.of(s, FxRate.identity(USD)),
        new CounterDecision(s, false, Said.of("counter-worth-making"))).inserted(Notice.class));
  }
}
