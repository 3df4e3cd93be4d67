package dev.offereval.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.io.DataLoader;
import dev.offereval.model.CompetingFigures;
import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.VestSchedule;
import dev.offereval.model.internal.Anchor;
import dev.offereval.model.internal.FirstYearShortfall;
import dev.offereval.model.internal.Phrases;
import dev.offereval.model.internal.ScriptPoint;
import dev.offereval.model.internal.StatedCounter;
import dev.offereval.model.internal.Subject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The script renderer's sentences, on hand-made facts and the shipped data/phrases.yaml. */
class ScriptValuesTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static Phrases phrases;

  @BeforeAll
  static void load() throws Exception {
    phrases = DataLoader.load(Path.of("data")).phrases();
  }

  /** Facts by type, as a finished session would hold them. */
  private static final class Facts implements ScriptValues.Facts {
    private final Map<Class<?>, List<Object>> byType = new HashMap<>();

    Facts add(Object... facts) {
      for (Object f : facts) {
        byType.computeIfAbsent(f.getClass(), c -> new ArrayList<>()).add(f);
      }
      return this;
    }

    @Override
    public <T> List<T> of(Class<T> type) {
      return byType.getOrDefault(type, List.of()).stream().map(type::cast).toList();
    }
  }

  private static Subject subject(Offers.Builder offer) {
    return new Subject(offer.build(), 0);
  }

  private static StatedCounter counter(Subject s, String bonusPct, String signOn) {
    return new StatedCounter(s, Money.of("195000", "USD"), Money.of("230000", "USD"), 4, new BigDecimal(bonusPct),
        Money.of(signOn, "USD"), VestSchedule.even(4), null);
  }

  private static Map<String, Object> render(Subject s, Facts facts) {
    // the counter as stated is worked out after firing and handed over beside the facts
    return ScriptValues.of(s, facts, facts.of(StatedCounter.class).stream().findFirst().orElse(null), phrases);
  }

  @Test
  void aBonusTargetKeptAsOfferedIsNamedWithTheAndNotAsked() {
    Subject s = subject(Offers.twilioSf().bonus("10"));
    Map<String, Object> v = render(s, new Facts().add(counter(s, "10", "0")));
    assertEquals("the 10% bonus target", v.get("kept"));
    assertFalse(v.containsKey("counterBonusAsk"), v.toString());
  }

  @Test
  void nearMissABonusTargetRaisedIsAskedForWithA() {
    Subject s = subject(Offers.twilioSf().bonus("8"));
    Map<String, Object> v = render(s, new Facts().add(counter(s, "12.5", "0")));
    assertEquals("a 12.5% bonus target", v.get("counterBonusAsk"));
    assertFalse(v.containsKey("kept"), v.toString());
  }

  @Test
  void aSignOnOfferedIsKeptBesideTheBonus() {
    Subject s = subject(Offers.twilioSf().bonus("10").signOn("25000"));
    assertEquals("the 10% bonus target and the $25K sign-on", render(s, new Facts().add(counter(s, "10", "25000"))).get("kept"));
  }

  @Test
  void aFirstYearThatVestsLittleAsksForASignOnNamingWhatVests() {
    Subject s = subject(Offers.twilioSf());
    FirstYearShortfall f = new FirstYearShortfall(s, Money.of("40000", "USD"), VestSchedule.parse("5/15/40/40", 4, 4), false);
    assertEquals("Because the grant vests only 5% in year one, my first year would come in $40K below an average year,"
        + " so I'd also ask for a sign-on bonus to even that out.",
        render(s, new Facts().add(counter(s, "10", "0"), f)).get("firstYearAsk"));
  }

  @Test
  void aCliffPastAYearNamesTheCliffAndALargerSignOnWhenOneIsAlreadyThere() {
    Subject s = subject(Offers.twilioSf());
    FirstYearShortfall f = new FirstYearShortfall(s, Money.of("40250", "USD"), VestSchedule.parse("even cliff 18m", 4, 4), true);
    assertEquals("Because nothing vests before the grant's 18-month cliff, my first year would come in about $40K below an"
        + " average year, so I'd also ask for a larger sign-on bonus to even that out.",
        render(s, new Facts().add(counter(s, "10", "10000"), f)).get("firstYearAsk"));
  }

  @Test
  void nearMissNoShortfallNoAsk() {
    Subject s = subject(Offers.twilioSf());
    assertFalse(render(s, new Facts().add(counter(s, "10", "0"))).containsKey("firstYearAsk"));
  }

  private static Facts poundsAnchor(Subject s) {
    FxRate gbpUsd = new FxRate(Currency.getInstance("GBP"), USD, new BigDecimal("1.27"), null, "test", false);
    CompetingFigures cf = CompetingFigures.of(0, s.offer().competing().get(0), gbpUsd);
    return new Facts().add(counter(s, "10", "0"), Anchor.of(s, cf, dev.offereval.model.internal.Said.of("anchor-competing")));
  }

  @Test
  void aCompetingOfferInPoundsIsAlsoSaidInDollarsAtARealRate() {
    Subject s = subject(Offers.twilioSf().competing("Monzo", "L3", "107000", "113000", "GBP"));
    Map<String, Object> v = render(s, poundsAnchor(s));
    // £107,000 x 1.27 = $135,890; £113,000 x 1.27 = $143,510
    assertEquals("about $136K and $144K", v.get("competingConverted"));
    assertEquals(Money.of("107000", "GBP"), v.get("competingBase"));
  }

  @Test
  void nearMissWhereARuleWithheldTheConversionOnlyTheFiguresAsOffered() {
    Subject s = subject(Offers.twilioSf().competing("Monzo", "L3", "107000", "113000", "GBP"));
    Map<String, Object> v = render(s, poundsAnchor(s).add(new ScriptPoint(s, ScriptPoint.Kind.CONVERSION_WITHHELD, 0)));
    assertFalse(v.containsKey("competingConverted"), v.toString());
    assertEquals(Money.of("107000", "GBP"), v.get("competingBase"));
  }

  @Test
  void anAcceptanceAsksTheQuestionsTheRulesDecided() {
    Subject s = subject(Offers.twilioSf().vest(1).signOn("10000"));
    Map<String, Object> v = render(s, new Facts().add(new ScriptPoint(s, ScriptPoint.Kind.REFRESH_QUESTION),
        new ScriptPoint(s, ScriptPoint.Kind.SIGN_ON_QUESTION)));
    assertEquals("Could you also tell me whether refresh grants follow the initial grant, which vests over one year?",
        v.get("refreshAsk"));
    assertEquals("And could you confirm whether I'd have to pay back any of the $10K sign-on if I left within the first"
        + " year or two?", v.get("signOnAsk"));
    Map<String, Object> alone = render(s, new Facts().add(new ScriptPoint(s, ScriptPoint.Kind.SIGN_ON_QUESTION)));
    assertTrue(((String) alone.get("signOnAsk")).startsWith("Could you also confirm"), alone.toString());
    assertFalse(alone.containsKey("refreshAsk"));
  }

  @Test
  void everyNameTheRendererGivesIsOneTheValidatorKnows() {
    Subject s = subject(Offers.twilioSf().competing("Monzo", "L3", "107000", "113000", "GBP").signOn("10000"));
    Map<String, Object> v = render(s, poundsAnchor(s).add(new ScriptPoint(s, ScriptPoint.Kind.BASE_CAP),
        new ScriptPoint(s, ScriptPoint.Kind.REFRESH_QUESTION), new ScriptPoint(s, ScriptPoint.Kind.SIGN_ON_QUESTION)));
    assertTrue(ScriptValues.FILLS.containsAll(v.keySet()), v.keySet().toString());
  }
}
