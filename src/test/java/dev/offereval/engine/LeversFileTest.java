package dev.offereval.engine;

import static dev.offereval.engine.RuleFacts.USD;
import static dev.offereval.engine.RuleFacts.competing;
import static dev.offereval.engine.RuleFacts.subject;
import static dev.offereval.engine.RuleFacts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.offereval.Offers;
import dev.offereval.model.CompetingFigures;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.VestSchedule;
import dev.offereval.model.internal.EquivalentCompeting;
import dev.offereval.model.internal.LeverApplied;
import dev.offereval.model.internal.OfferFigures;
import dev.offereval.model.internal.PeerCompany;
import dev.offereval.model.internal.Policy;
import dev.offereval.model.internal.Said;
import dev.offereval.model.internal.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * rules/levers.drl alone: a data-platform peer's competing offer at an equivalent level (or below)
 * worth more than the offer, by more than the policy's premium, holds the market-demand lever,
 * citing the strongest such offer. The offer is Twilio's $170,000 base, $160,000 over four years
 * and a 10% bonus: $210,000 a year before bonus, $227,000 with it. Peers are Snowflake and
 * Databricks, hand-made. Reads OfferFigures, EquivalentCompeting, PeerCompany and Policy; writes
 * LeverApplied.
 */
class LeversFileTest {
  private static final String LEVER = "competing-market-demand";
  private static RuleFileHarness levers;

  @BeforeAll
  static void compile() {
    levers = RuleFileHarness.of("levers.drl");
  }

  // ---- facts ----

  /** The policy with {@code premium}% and a comparison view over {@code years}; the rest as shipped. */
  private static Policy policy(String premium, int years) {
    return new Policy(new BigDecimal(premium), years, new BigDecimal("2"), new BigDecimal("500"), new BigDecimal("2"),
        12, new BigDecimal("3"), new BigDecimal("3"), BigDecimal.ONE, new BigDecimal("200"),
        new BigDecimal("75"), new BigDecimal("25"), new BigDecimal("25"));
  }

  private static Offers.Builder offer() {
    return Offers.twilioSf().base("170000").stock("160000").bonus("10");
  }

  /** The levers for {@code offer}, each of its competing offers at an equivalent level. */
  private static List<LeverApplied> levers(Policy policy, Offers.Builder offer) {
    return levers(policy, subject(offer));
  }

  private static List<LeverApplied> levers(Policy policy, Subject s) {
    List<Object> facts = new ArrayList<>(List.of(policy, OfferFigures.of(s, FxRate.identity(USD)),
        new PeerCompany("data-platform", "Snowflake"), new PeerCompany("data-platform", "Databricks")));
    for (int i = 0; i < s.offer().competing().size(); i++) {
      facts.add(new EquivalentCompeting(s, competing(s, i), "de-l2"));
    }
    return levers.fire(facts.toArray()).inserted(LeverApplied.class);
  }

  private static List<LeverApplied> levers(Offers.Builder offer) {
    return levers(policy("0", 4), offer);
  }

  private static LeverApplied theLever(List<LeverApplied> applied) {
    assertEquals(1, applied.size(), applied.toString());
    assertEquals(LEVER, applied.get(0).leverId());
    assertEquals("lever-market-demand", applied.get(0).reason().code());
    return applied.get(0);
  }

  // ---- above the offer, premium 0 ----

  @Test
  void nearMissAPeerOfferWorthExactlyTheOffersValueHoldsNoLever() {
    // before bonus, as Databricks leaves it unknown: 180,000 + 120,000 / 4 = 210,000, the offer's
    assertEquals(List.of(), levers(offer().competing("Databricks", "IC2", "180000", "120000", "USD")));
  }

  @Test
  void aPeerOfferWorthACentMoreHoldsTheMarketDemandLeverBeforeBonus() {
    LeverApplied l = theLever(levers(offer().competing("Databricks", "IC2", "180000.01", "120000", "USD")));
    Map<String, Object> why = l.reason().values();
    assertEquals("Databricks", why.get("company"));
    assertEquals(Said.of("equivalent-level"), why.get("level"));
    assertEquals(usd("210000.01"), why.get("worth"));
    assertEquals(usd("210000"), why.get("offerWorth"));
    assertEquals(true, why.get("beforeBonus"));
    assertEquals("4-year average", why.get("view"));
    assertEquals(Map.of("competingCompany", "Databricks", "competingBase", usd("180000.01"),
        "competingStock", usd("120000")), l.values());
  }

  @Test
  void aPeerOfferThatStatesItsBonusIsComparedWithBonusOnBothSides() {
    // 180,000 + 30,000 + 18,000 = 228,000 against 170,000 + 40,000 + 17,000 = 227,000
    LeverApplied l = theLever(levers(offer().competing("Snowflake", "IC2", "180000", "120000", 4, "10", "USD")));
    assertEquals(usd("228000"), l.reason().values().get("worth"));
    assertEquals(usd("227000"), l.reason().values().get("offerWorth"));
    assertEquals(false, l.reason().values().get("beforeBonus"));
  }

  @Test
  void nearMissAPeerOfferAboveBeforeBonusButBelowWithItHoldsNoLever() {
    // 185,000 + 30,000 = 215,000 beats 210,000 before bonus; with both bonuses, 215,000 is under 227,000
    assertEquals(List.of(), levers(offer().competing("Snowflake", "IC2", "185000", "120000", 4, "0", "USD")));
  }

  // ---- the premium the policy asks for ----

  @Test
  void nearMissAPeerOfferExactlyTenPercentAboveHoldsNoLeverWhenThePolicyAsksForMoreThanTen() {
    // 201,000 + 30,000 = 231,000 = 210,000 x 1.10
    assertEquals(List.of(), levers(policy("10", 4), offer().competing("Databricks", "IC2", "201000", "120000", "USD")));
  }

  @Test
  void aPeerOfferACentMoreThanTenPercentAboveHoldsTheLeverWhenThePolicyAsksForMoreThanTen() {
    LeverApplied l = theLever(levers(policy("10", 4),
        offer().competing("Databricks", "IC2", "201000.01", "120000", "USD")));
    assertEquals(usd("231000.01"), l.reason().values().get("worth"));
    assertEquals(usd("210000"), l.reason().values().get("offerWorth"));
  }

  // ---- the comparison view ----

  @Test
  void nearMissInTheFirstYearViewAPeerOfferWorthTheOffersFirstYearWithItsSignOnHoldsNoLever() {
    // the offer's first year: 170,000 + 40,000 + 20,000 sign-on = 230,000 before bonus
    assertEquals(List.of(), levers(policy("0", 1),
        offer().signOn("20000").competing("Databricks", "IC2", "200000", "120000", "USD")));
  }

  @Test
  void inTheFirstYearViewTheOffersSignOnCountsInFull() {
    LeverApplied l = theLever(levers(policy("0", 1),
        offer().signOn("20000").competing("Databricks", "IC2", "200000.01", "120000", "USD")));
    assertEquals(usd("230000.01"), l.reason().values().get("worth"));
    assertEquals(usd("230000"), l.reason().values().get("offerWorth"));
    assertEquals("first year", l.reason().values().get("view"));
  }

  // ---- peers only ----

  @Test
  void nearMissAHigherOfferFromACompanyThatIsNoPeerHoldsNoLever() {
    assertEquals(List.of(), levers(offer().competing("Google", "L4", "250000", "200000", "USD")));
  }

  @Test
  void nearMissAHigherOfferFromAPeerOfAnotherGroupHoldsNoLever() {
    Subject s = subject(offer().competing("Meta", "E4", "250000", "200000", "USD"));
    List<LeverApplied> applied = levers.fire(policy("0", 4), OfferFigures.of(s, FxRate.identity(USD)),
        new PeerCompany("big-tech", "Meta"), new EquivalentCompeting(s, competing(s, 0), "de-l2"))
        .inserted(LeverApplied.class);
    assertEquals(List.of(), applied);
  }

  @Test
  void aPeerWrittenInAnotherCaseIsStillAPeer() {
    assertEquals("databricks",
        theLever(levers(offer().competing("databricks", "IC2", "200000", "120000", "USD"))).reason().values().get("company"));
  }

  @Test
  void nearMissAHigherPeerOfferThatIsNoEquivalentLevelHoldsNoLever() {
    // a more senior offer is levelling advice (levelling.drl), so expertise.drl makes it no EquivalentCompeting
    Subject s = subject(offer().competing("Databricks", "IC3", "250000", "200000", "USD"));
    assertEquals(List.of(), levers.fire(policy("0", 4), OfferFigures.of(s, FxRate.identity(USD)),
        new PeerCompany("data-platform", "Databricks")).inserted(LeverApplied.class));
  }

  @Test
  void aPeerOfferBelowTheEquivalentLevelSaysHowFarBelow() {
    Subject s = subject(offer().competing("Databricks", "IC1", "200000", "120000", "USD"));
    CompetingFigures cf = competing(s, 0);
    LeverApplied l = theLever(levers.fire(policy("0", 4), OfferFigures.of(s, FxRate.identity(USD)),
        new PeerCompany("data-platform", "Databricks"), new EquivalentCompeting(s, cf, "de-l2", "IC2", 1))
        .inserted(LeverApplied.class));
    assertEquals(Said.of("levels-below", Map.of("level", "IC1", "levels", 1, "company", "Databricks",
        "equivalent", "IC2")), l.reason().values().get("level"));
  }

  // ---- the strongest peer offer ----

  @Test
  void ofTwoPeerOffersAboveTheOfferTheStrongerIsCited() {
    LeverApplied l = theLever(levers(offer()
        .competing("Snowflake", "IC2", "200000", "120000", "USD")
        .competing("Databricks", "IC2", "210000", "120000", "USD")));
    assertEquals("Databricks", l.reason().values().get("company"));
    assertEquals(usd("240000"), l.reason().values().get("worth"));
  }

  @Test
  void ofTwoPeerOffersWorthTheSameTheEarlierIsCited() {
    LeverApplied l = theLever(levers(offer()
        .competing("Snowflake", "IC2", "200000", "120000", "USD")
        .competing("Databricks", "IC2", "200000", "120000", "USD")));
    assertEquals("Snowflake", l.reason().values().get("company"));
  }

  @Disabled("DEFECT in levers.drl: the 'cite only the strongest' guard ranks every data-platform peer's "
      + "EquivalentCompeting before bonus, not only those that hold the lever, so a peer offer that is "
      + "stronger before bonus but does not beat the offer (its bonus unknown) suppresses the lever that "
      + "a weaker-before-bonus peer offer holds. Fixing it changes advice, which issue 27 (the rule redesign) "
      + "must not; issue 29 (the advice) fixes the rule and enables this test.")
  @Test
  void aStrongerBeforeBonusPeerOfferThatDoesNotBeatTheOfferDoesNotHideOneThatDoes() {
    // Snowflake, bonus 20%: 200,000 + 40,000 = 240,000 against the offer's 227,000: holds the lever.
    // Databricks, bonus unknown: 205,000 against the offer's 210,000 before bonus: does not,
    // yet its 205,000 before bonus outranks Snowflake's 200,000, so no lever is applied at all.
    LeverApplied l = theLever(levers(offer()
        .competing("Snowflake", "IC2", "200000", "0", 4, "20", "USD")
        .competing("Databricks", "IC2", "205000", "0", "USD")));
    assertEquals("Snowflake", l.reason().values().get("company"));
    assertEquals(usd("240000"), l.reason().values().get("worth"));
  }

  // ---- quoted as offered ----

  /** The offer with one Snowflake IC2 offer: $200,000 base and $180,000 in stock on {@code schedule}. */
  private static List<LeverApplied> grantOn(VestSchedule schedule) {
    Offer o = offer().build().withCompeting(List.of(new CompetingOffer("Snowflake", "IC2", usd("200000"),
        usd("180000"), schedule.years(), null, schedule)));
    return levers(policy("0", 4), new Subject(o, 0));
  }

  @Test
  void aCompetingGrantOverThreeYearsIsQuotedWithItsVesting() {
    VestSchedule three = VestSchedule.even(3);
    LeverApplied l = theLever(grantOn(three));
    assertEquals(three.spoken(), l.values().get("competingVesting"));
  }

  @Test
  void aCompetingGrantWithACliffOverAYearIsQuotedWithItsVesting() {
    VestSchedule cliff = new VestSchedule(4, List.of(), 13);
    assertEquals(cliff.spoken(), theLever(grantOn(cliff)).values().get("competingVesting"));
  }

  @Test
  void nearMissAGrantOverFourEvenYearsWithAOneYearCliffIsQuotedWithoutItsVesting() {
    LeverApplied l = theLever(grantOn(new VestSchedule(4, List.of(), 12)));
    assertFalse(l.values().containsKey("competingVesting"), l.values().toString());
    assertEquals(Money.of("180000", USD), l.values().get("competingStock"));
  }
}
