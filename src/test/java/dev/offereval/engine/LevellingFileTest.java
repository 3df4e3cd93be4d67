package dev.offereval.engine;

import static dev.offereval.engine.RuleFacts.competing;
import static dev.offereval.engine.RuleFacts.subject;
import static dev.offereval.engine.RuleFacts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.offereval.Offers;
import dev.offereval.model.Band;
import dev.offereval.model.CompetingFigures;
import dev.offereval.model.internal.LevelUp;
import dev.offereval.model.internal.RelevelAdvice;
import dev.offereval.model.internal.Said;
import dev.offereval.model.internal.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rules/levelling.drl alone, on the shipped ladders (Twilio L1 to L5) and bands (Twilio Data
 * Engineer L2 in San Francisco, Denver and London; no L3 band anywhere): a competing offer a level
 * up is advice to ask for the offering company's next level, naming that level's band in the
 * offer's region when data has one. Reads Subject, LevelUp, LevelRank and Band; writes
 * RelevelAdvice.
 */
class LevellingFileTest {
  private static RuleFileHarness levelling;

  @BeforeAll
  static void compile() {
    levelling = RuleFileHarness.of("levelling.drl");
  }

  // ---- facts ----

  /** A Twilio offer at {@code level} in {@code region} with one Snowflake IC3 offer. */
  private static Subject offerAt(String level, String region) {
    return subject(Offers.twilioSf().level(level).region(region)
        .competing("Snowflake", "IC3", "210000", "260000", "USD"));
  }

  /** What the rules advise for {@code s}, its competing offer {@code levelsAbove} above IC2, with the shipped ladders and bands. */
  private static List<RelevelAdvice> advice(Subject s, int levelsAbove) {
    List<Object> facts = new ArrayList<>(RuleFacts.data().ladders());
    facts.addAll(RuleFacts.data().bands());
    facts.add(s);
    facts.add(new LevelUp(s, competing(s, 0), "IC2", levelsAbove));
    return levelling.fire(facts.toArray()).inserted(RelevelAdvice.class);
  }

  private static RelevelAdvice theAdvice(Subject s) {
    List<RelevelAdvice> a = advice(s, 1);
    assertEquals(1, a.size(), a.toString());
    return a.get(0);
  }

  private static Band band(String level, String region) {
    return RuleFacts.data().bands().stream()
        .filter(b -> b.level().equals(level) && b.regionKey().equals(region)).findFirst().orElseThrow();
  }

  /** The values every advice names, whatever its code. */
  private static void assertNamesTheOffers(Subject s, int levelsAbove, Map<String, Object> v) {
    CompetingFigures cf = competing(s, 0);
    assertEquals(cf.company(), v.get("company"));
    assertEquals("IC3", v.get("level"));
    assertEquals(Said.of("levels-above", Map.of("levels", levelsAbove)), v.get("above"));
    assertEquals("IC2", v.get("equivalent"));
    assertEquals("Twilio", v.get("offerCompany"));
    assertEquals(s.offer().level(), v.get("offerLevel"));
    assertEquals("Data Engineer", v.get("role"));
  }

  // ---- the next level, with its band ----

  @Test
  void anL1OfferInSanFranciscoAsksForL2AndNamesItsSanFranciscoBand() {
    Subject s = offerAt("L1", "san-francisco");
    RelevelAdvice a = theAdvice(s);
    assertEquals("L2", a.askLevel());
    assertSame(band("L2", "san-francisco"), a.band());
    assertEquals(competing(s, 0), a.competing());
    assertEquals("relevel-with-band", a.advice().code());
    Map<String, Object> v = a.advice().values();
    assertNamesTheOffers(s, 1, v);
    assertEquals("L2", v.get("ask"));
    assertEquals(usd("150000"), v.get("baseMin"));
    assertEquals(usd("200000"), v.get("baseMax"));
    assertEquals(usd("120000"), v.get("stockMin"));
    assertEquals(usd("240000"), v.get("stockMax"));
    assertEquals(4, v.get("years"));
  }

  @Test
  void anL1OfferInDenverNamesTheDenverBandNotSanFranciscos() {
    RelevelAdvice a = theAdvice(offerAt("L1", "denver"));
    assertEquals("relevel-with-band", a.advice().code());
    assertSame(band("L2", "denver"), a.band());
    assertEquals(usd("135000"), a.advice().values().get("baseMin"));
    assertEquals(usd("185000"), a.advice().values().get("baseMax"));
  }

  @Test
  void nearMissAnL1OfferInARegionWithNoL2BandAsksForL2WithoutABand() {
    RelevelAdvice a = theAdvice(offerAt("L1", "seattle"));
    assertEquals("L2", a.askLevel());
    assertNull(a.band());
    assertEquals("relevel-no-band", a.advice().code());
    assertEquals("L2", a.advice().values().get("ask"));
    assertFalse(a.advice().values().containsKey("baseMin"));
    assertFalse(a.advice().values().containsKey("years"));
  }

  @Test
  void nearMissAnL1OfferForAnotherRoleAsksForL2WithoutTheDataEngineerBand() {
    Subject s = subject(Offers.twilioSf().level("L1").role("Analytics Engineer")
        .competing("Snowflake", "IC3", "210000", "260000", "USD"));
    RelevelAdvice a = theAdvice(s);
    assertEquals("L2", a.askLevel());
    assertEquals("relevel-no-band", a.advice().code());
  }

  // ---- the next level, no band ----

  @Test
  void anL2OfferAsksForL3WhichNoBandCovers() {
    Subject s = offerAt("L2", "san-francisco");
    RelevelAdvice a = theAdvice(s);
    assertEquals("L3", a.askLevel());
    assertNull(a.band());
    assertEquals("relevel-no-band", a.advice().code());
    assertNamesTheOffers(s, 1, a.advice().values());
    assertEquals("L3", a.advice().values().get("ask"));
  }

  @Test
  void aCompetingOfferTwoLevelsUpStillAsksForOnlyTheNextLevel() {
    Subject s = offerAt("L1", "san-francisco");
    List<RelevelAdvice> a = advice(s, 2);
    assertEquals(1, a.size(), a.toString());
    assertEquals("L2", a.get(0).askLevel());
    assertEquals("relevel-with-band", a.get(0).advice().code());
    assertNamesTheOffers(s, 2, a.get(0).advice().values());
  }

  // ---- no next level ----

  @Test
  void anOfferAtTheTopOfItsLadderHasNoNextLevelToAskFor() {
    Subject s = offerAt("L5", "san-francisco");
    RelevelAdvice a = theAdvice(s);
    assertNull(a.askLevel());
    assertNull(a.band());
    assertEquals("relevel-no-next-level", a.advice().code());
    assertNamesTheOffers(s, 1, a.advice().values());
    assertFalse(a.advice().values().containsKey("ask"));
  }

  @Test
  void nearMissAnOfferOneBelowTheTopAsksForTheTop() {
    RelevelAdvice a = theAdvice(offerAt("L4", "san-francisco"));
    assertEquals("L5", a.askLevel());
    assertEquals("relevel-no-band", a.advice().code());
  }

  @Test
  void anOfferFromACompanyWithNoLadderHasNoNextLevelToAskFor() {
    Subject s = subject(Offers.twilioSf().company("Example Corp").level("L1")
        .competing("Snowflake", "IC3", "210000", "260000", "USD"));
    RelevelAdvice a = theAdvice(s);
    assertNull(a.askLevel());
    assertEquals("relevel-no-next-level", a.advice().code());
  }

  @Test
  void anOfferAtALevelOffItsCompanysLadderHasNoNextLevelToAskFor() {
    RelevelAdvice a = theAdvice(offerAt("L9", "san-francisco"));
    assertNull(a.askLevel());
    assertEquals("relevel-no-next-level", a.advice().code());
  }

  @Test
  void anOfferWrittenInAnotherCaseStillFindsItsNextLevelAndBand() {
    RelevelAdvice a = theAdvice(subject(Offers.twilioSf().company("twilio").level("l1")
        .competing("Snowflake", "IC3", "210000", "260000", "USD")));
    assertEquals("L2", a.askLevel());
    assertEquals("relevel-with-band", a.advice().code());
  }

  // ---- no level up ----

  @Test
  void nearMissACompetingOfferThatIsNoLevelUpGetsNoAdvice() {
    Subject s = offerAt("L1", "san-francisco");
    List<Object> facts = new ArrayList<>(RuleFacts.data().ladders());
    facts.addAll(RuleFacts.data().bands());
    facts.add(s);
    assertEquals(List.of(), levelling.fire(facts.toArray()).facts());
  }
}
