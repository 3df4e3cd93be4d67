package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offereval.Offers;
import dev.offereval.io.DataLoader;
import dev.offereval.model.AnchorKind;
import dev.offereval.model.CompetingFigures;
import dev.offereval.model.Component;
import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.VestSchedule;
import dev.offereval.model.internal.Said;
import dev.offereval.model.internal.Anchor;
import dev.offereval.model.internal.BandMatch;
import dev.offereval.model.internal.Competing;
import dev.offereval.model.internal.CounterDecision;
import dev.offereval.model.internal.CounterOffer;
import dev.offereval.model.internal.LevelUp;
import dev.offereval.model.internal.LeverApplied;
import dev.offereval.model.internal.OfferFigures;
import dev.offereval.model.internal.ReferenceData;
import dev.offereval.model.internal.RelevelAdvice;
import dev.offereval.model.internal.ScriptChosen;
import dev.offereval.model.internal.ScriptPoint;
import dev.offereval.model.internal.Subject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rules/script.drl alone, on hand-made decision facts: each template choice with its exact id
 * beside a near miss that chooses otherwise, and each point the script makes beside one where it
 * does not.
 */
class ScriptRulesTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static RuleFileHarness script;
  private static ReferenceData data;

  @BeforeAll
  static void compile() throws Exception {
    script = RuleFileHarness.of("script.drl");
    data = DataLoader.load(Path.of("data"));
  }

  // ---- facts ----

  /** The offer as the rules see it. */
  private static Subject subject(Offers.Builder offer) {
    return new Subject(offer.build(), 0);
  }

  private static Offers.Builder twilio() {
    return Offers.twilioSf().base("170000").stock("160000").bonus("10");
  }

  private static CompetingFigures competing(Subject s, int i) {
    return CompetingFigures.of(i, s.offer().competing().get(i), FxRate.identity(USD));
  }

  /** The facts every counter script reads: the decision, the band, the counter held. */
  private static List<Object> counter(Subject s, Anchor anchor, Component... capped) {
    List<Object> facts = new ArrayList<>(reference());
    Offer o = s.offer();
    facts.add(s);
    facts.add(new CounterDecision(s, false, Said.of("counter-worth-making")));
    facts.add(new BandMatch(s, data.bands().get(0)));
    Money base = Money.of("195000", "USD");
    Money stock = Money.of("230000", "USD");
    facts.add(new CounterOffer(s, base, stock, 4, o.bonusPct(), o.signOn(), Set.of(capped), VestSchedule.even(4)));
    facts.add(anchor);
    return facts;
  }

  private static List<Object> accept(Subject s) {
    List<Object> facts = new ArrayList<>(reference());
    facts.add(s);
    facts.add(new CounterDecision(s, true, Said.of("counter-too-small")));
    return facts;
  }

  private static List<Object> reference() {
    List<Object> facts = new ArrayList<>(data.scripts());
    facts.addAll(data.peers());
    return facts;
  }

  private static Anchor anchorOn(Subject s, int i) {
    return Anchor.of(s, competing(s, i), Said.of("anchor-competing"));
  }

  private static Anchor bandTarget(Subject s) {
    return new Anchor(s, AnchorKind.BAND_TARGET, null, "band target", Money.of("175000", "USD"),
        Money.of("45000", "USD"), BigDecimal.TEN, null, true, Said.of("anchor-band-target"));
  }

  private static void levelUp(List<Object> facts, Subject s, int i) {
    CompetingFigures up = competing(s, i);
    facts.add(new RelevelAdvice(s, up, "L3", null, Said.of("relevel-no-band")));
    facts.add(new LevelUp(s, up, "IC2"));
  }

  private static LeverApplied customerAi(Subject s) {
    return new LeverApplied(s, "segment-customerai-data-pipeline", Said.of("lever-from-data"), Map.of());
  }

  private static List<String> chosen(List<Object> facts) {
    return script.fire(facts.toArray()).inserted(ScriptChosen.class).stream().map(ScriptChosen::templateId).toList();
  }

  private static List<ScriptPoint> points(List<Object> facts) {
    return script.fire(facts.toArray()).inserted(ScriptPoint.class);
  }

  // ---- which template ----

  @Test
  void aCounterTooSmallToMakeAcceptsAsOffered() {
    assertEquals(List.of("accept-as-offered"), chosen(accept(subject(twilio()))));
  }

  @Test
  void nearMissACompetingOfferALevelUpAsksAboutLevellingBeforeAccepting() {
    Subject s = subject(twilio().competing("Snowflake", "IC3", "230000", "300000", "USD"));
    List<Object> facts = accept(s);
    levelUp(facts, s, 0);
    assertEquals(List.of("relevel-before-accepting"), chosen(facts));
  }

  @Test
  void aCounterWorthMakingWithACompetingOfferALevelUpAsksAboutLevellingBeforeTheNumbers() {
    Subject s = subject(twilio().competing("Snowflake", "IC3", "230000", "300000", "USD"));
    List<Object> facts = counter(s, bandTarget(s));
    levelUp(facts, s, 0);
    assertEquals(List.of("relevel-before-countering"), chosen(facts));
  }

  @Test
  void nearMissWithNoCompetingOfferALevelUpTheBandTargetUsesTheExpertiseScript() {
    Subject s = subject(twilio().competing("Snowflake", "IC3", "230000", "300000", "USD"));
    assertEquals(List.of("negotiate-up-expertise"), chosen(counter(s, bandTarget(s))));
  }

  @Test
  void aPeerAnchorWithTheCustomerAiLeverUsesTheCompanysOwnScript() {
    Subject s = subject(twilio().competing("Snowflake", "IC2", "195000", "230000", "USD"));
    List<Object> facts = counter(s, anchorOn(s, 0));
    facts.add(customerAi(s));
    assertEquals(List.of("twilio-negotiate-up"), chosen(facts));
  }

  @Test
  void nearMissWithoutTheLeverItRequiresTheGeneralCompetingScript() {
    Subject s = subject(twilio().competing("Snowflake", "IC2", "195000", "230000", "USD"));
    assertEquals(List.of("negotiate-up-competing"), chosen(counter(s, anchorOn(s, 0))));
  }

  @Test
  void anAnchorOutsideThePeerGroupTheCompanyScriptNamesUsesTheGeneralScript() {
    Subject s = subject(twilio().competing("Google", "L3", "195000", "230000", "USD"));
    List<Object> facts = counter(s, anchorOn(s, 0));
    facts.add(customerAi(s));
    assertEquals(List.of("negotiate-up-competing"), chosen(facts));
  }

  @Test
  void theBandTargetAsAnchorUsesTheExpertiseScript() {
    Subject s = subject(twilio());
    assertEquals(List.of("negotiate-up-expertise"), chosen(counter(s, bandTarget(s))));
  }

  @Test
  void nearMissACompetingAnchorCitesItInstead() {
    Subject s = subject(twilio().competing("Google", "L3", "195000", "230000", "USD"));
    assertEquals(List.of("negotiate-up-competing"), chosen(counter(s, anchorOn(s, 0))));
  }

  // ---- the points a script makes ----

  @Test
  void theLevellingQuestionCitesTheFirstCompetingOfferALevelUp() {
    Subject s = subject(twilio().competing("Google", "L3", "195000", "230000", "USD")
        .competing("Snowflake", "IC3", "230000", "300000", "USD"));
    List<Object> facts = accept(s);
    levelUp(facts, s, 1);
    assertEquals(List.of(new ScriptPoint(s, ScriptPoint.Kind.LEVEL_UP_CITED, 1)), points(facts));
  }

  @Test
  void aBaseTheBandCapsBelowACompetingAnchorIsExplained() {
    Subject s = subject(twilio().competing("Google", "L3", "195000", "230000", "USD"));
    assertEquals(List.of(new ScriptPoint(s, ScriptPoint.Kind.BASE_CAP)),
        points(counter(s, anchorOn(s, 0), Component.BASE)));
  }

  @Test
  void nearMissACappedBaseAgainstTheBandTargetIsNot() {
    Subject s = subject(twilio());
    assertEquals(List.of(), points(counter(s, bandTarget(s), Component.BASE)));
  }

  @Test
  void anAcceptanceOfAThreeYearGrantWithASignOnAsksBothQuestions() {
    Subject s = subject(twilio().vest(3).signOn("10000"));
    assertEquals(Set.of(new ScriptPoint(s, ScriptPoint.Kind.REFRESH_QUESTION),
        new ScriptPoint(s, ScriptPoint.Kind.SIGN_ON_QUESTION)), Set.copyOf(points(accept(s))));
  }

  @Test
  void nearMissAFourYearGrantWithNoSignOnAsksNeither() {
    assertEquals(List.of(), points(accept(subject(twilio()))));
  }

  @Test
  void nearMissACounterAsksNeitherQuestion() {
    Subject s = subject(twilio().vest(3).signOn("10000"));
    assertEquals(List.of(), points(counter(s, bandTarget(s))));
  }

  @Test
  void aCompetingOfferInAnotherCurrencyAtAPlaceholderRateIsSaidOnlyAsOffered() {
    Subject s = subject(twilio().competing("Google", "L3", "150000", "150000", "GBP"));
    FxRate gbpUsd = new FxRate(Currency.getInstance("GBP"), USD, new BigDecimal("1.25"), null, "test", true);
    assertEquals(List.of(new ScriptPoint(s, ScriptPoint.Kind.CONVERSION_WITHHELD, 0)), points(converted(s, gbpUsd)));
  }

  @Test
  void nearMissAtARealRateTheConvertedFiguresAreNotWithheld() {
    Subject s = subject(twilio().competing("Google", "L3", "150000", "150000", "GBP"));
    FxRate gbpUsd = new FxRate(Currency.getInstance("GBP"), USD, new BigDecimal("1.25"), null, "test", false);
    assertEquals(List.of(), points(converted(s, gbpUsd)));
  }

  private static List<Object> converted(Subject s, FxRate rate) {
    return List.of(s, OfferFigures.of(s, FxRate.identity(USD)),
        new Competing(s, CompetingFigures.of(0, s.offer().competing().get(0), rate)));
  }

  @Test
  void aBackLoadedCompetingGrantIsSaidWithItsSchedule() {
    Subject s = subject(twilio().competing("Google", "L3", "195000", "230000", "USD"));
    var backLoaded = new dev.offereval.model.CompetingOffer("Google", "L3", Money.of("195000", "USD"),
        Money.of("230000", "USD"), 4, null, VestSchedule.parse("5/15/40/40", 4, 4));
    assertEquals(List.of(new ScriptPoint(s, ScriptPoint.Kind.COMPETING_VESTING, 0)),
        points(List.of(s, new Competing(s, CompetingFigures.of(0, backLoaded, FxRate.identity(USD))))));
  }

  @Test
  void nearMissTheSameGrantVestingEvenlyOverFourYearsIsNot() {
    Subject s = subject(twilio().competing("Google", "L3", "195000", "230000", "USD"));
    assertEquals(List.of(), points(List.of(s, new Competing(s, competing(s, 0)))));
  }
}
