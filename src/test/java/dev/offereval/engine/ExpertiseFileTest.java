package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offereval.Offers;
import dev.offereval.model.CompetingFigures;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.Severity;
import dev.offereval.model.internal.Competing;
import dev.offereval.model.internal.EquivalentCompeting;
import dev.offereval.model.internal.LevelEquivalent;
import dev.offereval.model.internal.LevelRank;
import dev.offereval.model.internal.LevelUp;
import dev.offereval.model.internal.Notice;
import dev.offereval.model.internal.Subject;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rules/expertise.drl alone, on level data made by hand: Twilio L2 and Snowflake IC2 share the
 * group {@code de-l2}, and Snowflake's ladder is IC1, IC2, IC3, IC4 (ranks 0 to 3). A competing
 * offer at the equivalent level or below it is a package to compare, one above it is a level up,
 * and one with no level or a level the data cannot place is only noted: exactly one of these for
 * each. Reads Subject, LevelEquivalent, LevelRank and Competing; writes EquivalentCompeting, LevelUp
 * and Notice.
 */
class ExpertiseFileTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static RuleFileHarness expertise;

  @BeforeAll
  static void compile() {
    expertise = RuleFileHarness.of("expertise.drl");
  }

  // ---- facts ----

  private static List<Object> levels() {
    return List.of(
        new LevelEquivalent("de-l2", "Twilio", "L2"),
        new LevelEquivalent("de-l2", "Snowflake", "IC2"),
        new LevelRank("Snowflake", "IC1", 0),
        new LevelRank("Snowflake", "IC2", 1),
        new LevelRank("Snowflake", "IC3", 2),
        new LevelRank("Snowflake", "IC4", 3));
  }

  /** What the rules found for a Twilio L2 offer with one competing offer at {@code company} {@code level}. */
  private record Found(Subject s, CompetingFigures competing, RuleFileHarness.Fired fired) {
    List<EquivalentCompeting> equivalent() {
      return fired.inserted(EquivalentCompeting.class);
    }

    List<LevelUp> levelUp() {
      return fired.inserted(LevelUp.class);
    }

    List<Notice> notices() {
      return fired.inserted(Notice.class);
    }
  }

  private static Found competingAt(String offerLevel, String company, String level, List<Object> levelData) {
    CompetingOffer c = new CompetingOffer(company, level, Money.of(195_000, USD), Money.of(230_000, USD), 4, null);
    Subject s = new Subject(Offers.twilioSf().level(offerLevel).build().withCompeting(List.of(c)), 0);
    CompetingFigures cf = CompetingFigures.of(0, s.offer().competing().get(0), FxRate.identity(USD));
    List<Object> facts = new ArrayList<>(levelData);
    facts.add(s);
    facts.add(new Competing(s, cf));
    return new Found(s, cf, expertise.fire(facts.toArray()));
  }

  private static Found competingAt(String company, String level) {
    return competingAt("L2", company, level, levels());
  }

  private static Notice notPlaced(Found f, String company, String level, String offerLevel) {
    return new Notice(f.s(), Severity.INFO, "competing-level-not-placed",
        Map.of("company", company, "level", level, "offerCompany", "Twilio", "offerLevel", offerLevel));
  }

  // ---- at the equivalent level, or below it ----

  @Test
  void aCompetingOfferAtTheLevelMappedToTheOffersIsAtAnEquivalentLevel() {
    Found f = competingAt("Snowflake", "IC2");
    assertEquals(List.of(new EquivalentCompeting(f.s(), f.competing(), "de-l2", "IC2", 0)), f.equivalent());
    assertEquals(List.of(), f.levelUp());
    assertEquals(List.of(), f.notices());
  }

  @Test
  void aCompetingOfferWrittenInAnotherCaseIsStillAtAnEquivalentLevel() {
    Found f = competingAt("snowflake", "ic2");
    assertEquals(1, f.equivalent().size(), f.fired().facts().toString());
    assertEquals(0, f.equivalent().get(0).levelsBelow());
  }

  @Test
  void aCompetingOfferOneLevelBelowTheEquivalentIsComparedAsAFloor() {
    Found f = competingAt("Snowflake", "IC1");
    assertEquals(List.of(new EquivalentCompeting(f.s(), f.competing(), "de-l2", "IC2", 1)), f.equivalent());
    assertEquals(List.of(), f.levelUp());
    assertEquals(List.of(), f.notices());
  }

  @Test
  void nearMissBelowTheEquivalentOnACompanyWithNoLadderIsNotPlaced() {
    List<Object> noLadder = levels().stream().filter(o -> !(o instanceof LevelRank)).toList();
    Found f = competingAt("L2", "Snowflake", "IC1", noLadder);
    assertEquals(List.of(), f.equivalent());
    assertEquals(List.of(notPlaced(f, "Snowflake", "IC1", "L2")), f.notices());
  }

  // ---- above it ----

  @Test
  void aCompetingOfferOneLevelAboveTheEquivalentIsALevelUpNotAPackage() {
    Found f = competingAt("Snowflake", "IC3");
    assertEquals(List.of(new LevelUp(f.s(), f.competing(), "IC2", 1)), f.levelUp());
    assertEquals(List.of(), f.equivalent());
    assertEquals(List.of(), f.notices());
  }

  @Test
  void aCompetingOfferTwoLevelsAboveIsALevelUpByTwo() {
    Found f = competingAt("Snowflake", "IC4");
    assertEquals(List.of(new LevelUp(f.s(), f.competing(), "IC2", 2)), f.levelUp());
  }

  // ---- no level, or one the data cannot place ----

  @Test
  void aCompetingOfferThatGivesNoLevelIsNotMatched() {
    Found f = competingAt("Snowflake", null);
    assertEquals(List.of(new Notice(f.s(), Severity.INFO, "competing-without-level", Map.of("company", "Snowflake"))),
        f.notices());
    assertEquals(List.of(), f.equivalent());
    assertEquals(List.of(), f.levelUp());
  }

  @Test
  void aCompetingOfferAtALevelOffItsCompanysLadderIsNotPlaced() {
    Found f = competingAt("Snowflake", "IC9");
    assertEquals(List.of(notPlaced(f, "Snowflake", "IC9", "L2")), f.notices());
    assertEquals(List.of(), f.equivalent());
    assertEquals(List.of(), f.levelUp());
  }

  @Test
  void aCompetingOfferFromACompanyInNoGroupIsNotPlaced() {
    Found f = competingAt("Stripe", "L3");
    assertEquals(List.of(notPlaced(f, "Stripe", "L3", "L2")), f.notices());
  }

  @Test
  void nearMissAnOfferAtALevelInNoGroupPlacesNoCompetingOffer() {
    Found f = competingAt("L3", "Snowflake", "IC2", levels());
    assertEquals(List.of(notPlaced(f, "Snowflake", "IC2", "L3")), f.notices());
    assertEquals(List.of(), f.equivalent());
    assertEquals(List.of(), f.levelUp());
  }
}
