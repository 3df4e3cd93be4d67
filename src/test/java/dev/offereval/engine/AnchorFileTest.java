package dev.offereval.engine;

import static dev.offereval.engine.RuleFacts.USD;
import static dev.offereval.engine.RuleFacts.subject;
import static dev.offereval.engine.RuleFacts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.offereval.Offers;
import dev.offereval.model.AnchorKind;
import dev.offereval.model.CompetingFigures;
import dev.offereval.model.FxRate;
import dev.offereval.model.Severity;
import dev.offereval.model.internal.Anchor;
import dev.offereval.model.internal.BandMatch;
import dev.offereval.model.internal.BandTarget;
import dev.offereval.model.internal.Competing;
import dev.offereval.model.internal.CompetingVerdict;
import dev.offereval.model.internal.EquivalentCompeting;
import dev.offereval.model.internal.Implausible;
import dev.offereval.model.internal.LevelUp;
import dev.offereval.model.internal.LeverApplied;
import dev.offereval.model.internal.NoBand;
import dev.offereval.model.internal.Notice;
import dev.offereval.model.internal.OfferFigures;
import dev.offereval.model.internal.RankBasis;
import dev.offereval.model.internal.Said;
import dev.offereval.model.internal.StrongestCompeting;
import dev.offereval.model.internal.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rules/anchor.drl alone, on the shipped policy, expertise targets, levers and the Twilio Data
 * Engineer L2 San Francisco band ($150,000 to $200,000 base, $30,000 to $60,000 stock a year, 10% to
 * 15% bonus). The offer is $170,000 base, $160,000 over four years and 10%: $227,000 a year with
 * bonus (4-year average). With no expertise lever the band target is at 50%: $175,000 + $45,000 +
 * $17,500 = $237,500 a year. Reads BandMatch, NoBand, Subject, OfferFigures, EquivalentCompeting,
 * LevelUp, Competing, LeverApplied, Lever, ExpertiseTarget, Policy and Implausible; writes
 * RankBasis, StrongestCompeting, BandTarget, Anchor, CompetingVerdict and Notice.
 */
class AnchorFileTest {
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);
  private static RuleFileHarness anchor;

  @BeforeAll
  static void compile() {
    anchor = RuleFileHarness.of("anchor.drl");
  }

  // ---- facts ----

  private static Offers.Builder offer() {
    return Offers.twilioSf().base("170000").stock("160000").bonus("10");
  }

  /** An offer with its competing offers as Competing facts, its band matched; placed by the test. */
  private static final class Case {
    final Subject s;
    final List<CompetingFigures> cf = new ArrayList<>();
    final List<Object> facts = new ArrayList<>();
    private Object band;

    Case(Offers.Builder offer) {
      s = subject(offer);
      facts.add(RuleFacts.data().policy());
      facts.addAll(RuleFacts.data().expertiseTargets());
      facts.addAll(RuleFacts.data().levers());
      facts.add(s);
      facts.add(OfferFigures.of(s, FxRate.identity(USD)));
      for (int i = 0; i < s.offer().competing().size(); i++) {
        cf.add(RuleFacts.competing(s, i));
        facts.add(new Competing(s, cf.get(i)));
      }
      band = new BandMatch(s, RuleFacts.data().bands().stream()
          .filter(b -> b.level().equals("L2") && b.regionKey().equals("san-francisco")).findFirst().orElseThrow());
    }

    /** Competing offers {@code i} at the level equivalent to the offer's. */
    Case equivalent(int... is) {
      for (int i : is) {
        facts.add(new EquivalentCompeting(s, cf.get(i), "de-l2"));
      }
      return this;
    }

    Case with(Object fact) {
      facts.add(fact);
      return this;
    }

    Case noBand() {
      band = new NoBand(s, Said.of("no-band"));
      return this;
    }

    Result fire() {
      List<Object> all = new ArrayList<>(facts);
      all.add(band);
      return new Result(this, anchor.fire(all.toArray()));
    }
  }

  private record Result(Case c, RuleFileHarness.Fired fired) {
    Anchor theAnchor() {
      List<Anchor> a = fired.inserted(Anchor.class);
      assertEquals(1, a.size(), fired.facts().toString());
      return a.get(0);
    }

    BandTarget theTarget() {
      List<BandTarget> t = fired.inserted(BandTarget.class);
      assertEquals(1, t.size(), fired.facts().toString());
      return t.get(0);
    }

    List<CompetingVerdict> verdicts() {
      return fired.inserted(CompetingVerdict.class).stream()
          .sorted(java.util.Comparator.comparingInt(CompetingVerdict::index)).toList();
    }

    CompetingVerdict verdict(int i) {
      List<CompetingVerdict> v = verdicts().stream().filter(x -> x.index() == i).toList();
      assertEquals(1, v.size(), verdicts().toString());
      return v.get(0);
    }

    List<String> verdictCodes() {
      return verdicts().stream().map(v -> v.why().code()).toList();
    }

    List<Notice> notices() {
      return fired.inserted(Notice.class);
    }
  }

  private static Said perYear(String amount, boolean withBonus) {
    return Said.perYear(usd(amount), FOUR, withBonus);
  }

  private static Case snowflake(String base, String stock, String bonus) {
    return new Case(offer().competing("Snowflake", "IC2", base, stock, 4, bonus, "USD")).equivalent(0);
  }

  // ---- the band target ----

  @Test
  void withNoCompetingOfferTheBandTargetAtHalfTheBandIsTheAnchor() {
    Result r = new Case(offer()).fire();
    BandTarget t = r.theTarget();
    assertEquals(0, new BigDecimal("0.50").compareTo(t.penetration()));
    assertEquals(0, t.expertiseLevers());
    Anchor a = r.theAnchor();
    assertEquals(AnchorKind.BAND_TARGET, a.kind());
    assertEquals("band target", a.label());
    assertNull(a.competing());
    assertEquals(usd("175000"), a.base());
    assertEquals(usd("45000"), a.stockPerYear());
    assertEquals(0, BigDecimal.TEN.compareTo(a.bonusPct()));
    assertEquals(usd("237500"), a.valueOver(FOUR));
    assertEquals("anchor-band-target", a.why().code());
    assertEquals(Map.of("target", t.why(), "worth", perYear("237500", true)), a.why().values());
    assertEquals("band-target", t.why().code());
    assertEquals(0L, t.why().values().get("levers"));
  }

  @Test
  void oneExpertiseLeverRaisesTheBandTargetToSixtyPercent() {
    Case c = new Case(offer());
    Result r = c.with(new LeverApplied(c.s, "real-time-streaming", Said.of("lever-from-data"))).fire();
    assertEquals(0, new BigDecimal("0.60").compareTo(r.theTarget().penetration()));
    assertEquals(1L, r.theTarget().expertiseLevers());
    assertEquals(usd("180000"), r.theAnchor().base());
    assertEquals(usd("48000"), r.theAnchor().stockPerYear());
    assertEquals(usd("246000"), r.theAnchor().valueOver(FOUR));
  }

  @Test
  void nearMissALeverThatIsNoExpertiseLeverLeavesTheBandTargetAtHalf() {
    Case c = new Case(offer());
    Result r = c.with(new LeverApplied(c.s, "segment-customerai-data-pipeline", Said.of("lever-from-data"))).fire();
    assertEquals(0, new BigDecimal("0.50").compareTo(r.theTarget().penetration()));
    assertEquals(0L, r.theTarget().expertiseLevers());
  }

  @Test
  void anOfferAboveTheTargetPointKeepsItsOwnFiguresInTheTarget() {
    // $190,000 base is above the 50% point, $175,000: the target never goes below the offer
    Anchor a = new Case(offer().base("190000")).fire().theAnchor();
    assertEquals(usd("190000"), a.base());
    assertEquals(usd("45000"), a.stockPerYear());
  }

  @Test
  void anImplausibleFigureMakesNoBandTargetAndSoNoAnchor() {
    Case c = new Case(offer());
    Result r = c.with(new Implausible(c.s, Said.of("implausible-below-min"))).fire();
    assertEquals(List.of(), r.fired().inserted(BandTarget.class));
    assertEquals(List.of(), r.fired().inserted(Anchor.class));
  }

  // ---- a competing package against the band target ----

  @Test
  void nearMissACompetingPackageWorthExactlyTheBandTargetIsNotTheAnchor() {
    // 175,000 + 180,000 / 4 + 17,500 = 237,500, the band target's value
    Result r = snowflake("175000", "180000", "10").fire();
    assertEquals(AnchorKind.BAND_TARGET, r.theAnchor().kind());
    CompetingVerdict v = r.verdict(0);
    assertEquals(false, v.anchor());
    assertEquals("verdict-not-above-band-target", v.why().code());
    assertEquals(Map.of("worth", perYear("237500", true), "targetWorth", usd("237500")), v.why().values());
  }

  @Test
  void aCompetingPackageACentAboveTheBandTargetIsTheAnchorWhole() {
    Result r = snowflake("175000.01", "180000", "10").fire();
    Anchor a = r.theAnchor();
    assertEquals(AnchorKind.COMPETING, a.kind());
    assertEquals("Snowflake IC2", a.label());
    assertEquals(r.c().cf.get(0), a.competing());
    assertEquals(usd("175000.01"), a.base());
    assertEquals(usd("45000"), a.stockPerYear());
    assertEquals(true, a.withBonus());
    assertEquals("anchor-competing", a.why().code());
    assertEquals(Said.of("equivalent-level"), a.why().values().get("level"));
    assertEquals(perYear("237500", true), a.why().values().get("target"));
    CompetingVerdict v = r.verdict(0);
    assertEquals(true, v.anchor());
    assertEquals("verdict-anchor", v.why().code());
  }

  // ---- a competing package against the offer ----

  @Test
  void aCompetingPackageWorthExactlyTheOfferDoesNotRaiseTheCounter() {
    Result r = snowflake("170000", "160000", "10").fire();
    assertEquals(List.of(), r.fired().inserted(StrongestCompeting.class));
    assertEquals(AnchorKind.BAND_TARGET, r.theAnchor().kind());
    CompetingVerdict v = r.verdict(0);
    assertEquals("verdict-not-above-offer", v.why().code());
    assertEquals(Map.of("worth", perYear("227000", true), "offerWorth", usd("227000")), v.why().values());
  }

  @Test
  void nearMissACompetingPackageACentAboveTheOfferIsTheStrongestButUnderTheBandTarget() {
    Result r = snowflake("170000.01", "160000", "10").fire();
    assertEquals(List.of(new StrongestCompeting(r.c().s, r.c().cf.get(0))),
        r.fired().inserted(StrongestCompeting.class));
    assertEquals(List.of("verdict-not-above-band-target"), r.verdictCodes());
  }

  // ---- ranking ----

  @Test
  void ofTwoPackagesAboveTheBandTargetTheStrongerAnchorsAndTheOtherIsBelowIt() {
    // Snowflake 200,000 + 60,000 + 20,000 = 280,000; Databricks 190,000 + 50,000 + 19,000 = 259,000
    Result r = new Case(offer()
        .competing("Snowflake", "IC2", "200000", "240000", 4, "10", "USD")
        .competing("Databricks", "IC2", "190000", "200000", 4, "10", "USD")).equivalent(0, 1).fire();
    assertEquals("Snowflake IC2", r.theAnchor().label());
    assertEquals(List.of(new RankBasis(r.c().s, true, Said.of("ranked-with-bonus"))),
        r.fired().inserted(RankBasis.class));
    assertEquals(List.of("verdict-anchor", "verdict-below-strongest"), r.verdictCodes());
    assertEquals(Map.of("worth", perYear("259000", true), "top", "Snowflake IC2", "topWorth", usd("280000")),
        r.verdict(1).why().values());
  }

  @Test
  void ofTwoPackagesWorthTheSameTheEarlierAnchors() {
    Result r = new Case(offer()
        .competing("Snowflake", "IC2", "200000", "240000", 4, "10", "USD")
        .competing("Databricks", "IC2", "200000", "240000", 4, "10", "USD")).equivalent(0, 1).fire();
    assertEquals("Snowflake IC2", r.theAnchor().label());
    assertEquals(List.of("verdict-anchor", "verdict-below-strongest"), r.verdictCodes());
  }

  @Test
  void packagesAreRankedBeforeBonusWhenOneLeavesItsBonusUnknown() {
    Result r = new Case(offer()
        .competing("Snowflake", "IC2", "200000", "240000", 4, "10", "USD")
        .competing("Databricks", "IC2", "190000", "200000", "USD")).equivalent(0, 1).fire();
    assertEquals(List.of(new RankBasis(r.c().s, false, Said.of("ranked-before-bonus"))),
        r.fired().inserted(RankBasis.class));
    // before bonus: Databricks 240,000 against Snowflake's 260,000
    assertEquals(Map.of("worth", perYear("240000", false), "top", "Snowflake IC2", "topWorth", usd("260000")),
        r.verdict(1).why().values());
  }

  @Test
  void aStrongerBeforeBonusPackageThatDoesNotBeatTheOfferDoesNotHideOneThatDoes() {
    // Snowflake, 30% bonus: 200,000 + 60,000 = 260,000 with bonus beats the offer's 227,000.
    // Databricks, bonus unknown: 205,000 before bonus, under the offer's 210,000, though above Snowflake's 200,000
    Result r = new Case(offer()
        .competing("Snowflake", "IC2", "200000", "0", 4, "30", "USD")
        .competing("Databricks", "IC2", "205000", "0", "USD")).equivalent(0, 1).fire();
    assertEquals(List.of(new StrongestCompeting(r.c().s, r.c().cf.get(0))),
        r.fired().inserted(StrongestCompeting.class));
    assertEquals("Snowflake IC2", r.theAnchor().label());
    assertEquals("verdict-not-above-offer", r.verdict(1).why().code());
  }

  // ---- competing offers that are not compared ----

  @Test
  void aCompetingOfferALevelUpIsAReasonToAskForRelevellingNotAPackageToMatch() {
    Case c = new Case(offer().competing("Snowflake", "IC3", "300000", "400000", "USD"));
    Result r = c.with(new LevelUp(c.s, c.cf.get(0), "IC2", 1)).fire();
    CompetingVerdict v = r.verdict(0);
    assertEquals("verdict-level-up", v.why().code());
    assertEquals(Map.of("above", Said.of("levels-above", Map.of("levels", 1)), "company", "Snowflake", "level", "IC2"),
        v.why().values());
    assertEquals(AnchorKind.BAND_TARGET, r.theAnchor().kind());
  }

  @Test
  void nearMissWithNoBandALevelUpGetsNoVerdict() {
    Case c = new Case(offer().competing("Snowflake", "IC3", "300000", "400000", "USD")).noBand();
    assertEquals(List.of(), c.with(new LevelUp(c.s, c.cf.get(0), "IC2", 1)).fire().verdicts());
  }

  @Test
  void aCompetingOfferWithNoLevelIsNotCompared() {
    Result r = new Case(offer().competing("Snowflake", null, "300000", "400000", "USD")).fire();
    assertEquals(List.of(new CompetingVerdict(r.c().s, 0, false, Said.of("verdict-no-level"))), r.verdicts());
  }

  @Test
  void aCompetingOfferAtALevelTheDataDoesNotPlaceIsNotMatched() {
    Result r = new Case(offer().competing("Stripe", "L3", "300000", "400000", "USD")).fire();
    assertEquals(List.of(new CompetingVerdict(r.c().s, 0, false,
        Said.of("verdict-level-not-placed", Map.of("level", "L3")))), r.verdicts());
  }

  @Test
  void nearMissTheSameOfferPlacedAtAnEquivalentLevelIsCompared() {
    Result r = new Case(offer().competing("Stripe", "L3", "300000", "400000", "USD")).equivalent(0).fire();
    assertEquals(List.of("verdict-anchor"), r.verdictCodes());
  }

  // ---- notices ----

  @Test
  void aComparedCompetingOfferWithNoStockGrantSaysItIsValuedOnCashAlone() {
    Result r = new Case(offer().competing("Snowflake", "IC2", "300000", "0", "USD")).equivalent(0).fire();
    assertEquals(List.of(new Notice(r.c().s, Severity.INFO, "competing-without-stock",
        Map.of("label", "Snowflake IC2", "bonusKnown", false, "bonusUnknown", true))), r.notices());
  }

  @Test
  void nearMissACompetingGrantOfOneCentSaysNothingOfCash() {
    assertEquals(List.of(),
        new Case(offer().competing("Snowflake", "IC2", "300000", "0.01", "USD")).equivalent(0).fire().notices());
  }

  @Test
  void withNoBandAStrongerEquivalentPackageIsStillTheArgumentToRaise() {
    Result r = snowflake("200000", "240000", "10").noBand().fire();
    assertEquals(List.of(new Notice(r.c().s, Severity.INFO, "no-band-but-stronger-competing", Map.of(
        "label", "Snowflake IC2", "worth", perYear("280000", true), "offerWorth", usd("227000"),
        "base", usd("200000"), "stock", usd("240000"), "company", "Twilio"))), r.notices());
    assertEquals(List.of(), r.fired().inserted(Anchor.class));
    assertEquals(List.of(), r.verdicts());
  }

  @Test
  void nearMissWithNoBandAPackageWorthExactlyTheOfferSaysNothing() {
    Result r = snowflake("170000", "160000", "10").noBand().fire();
    assertEquals(List.of(), r.notices());
  }
}
