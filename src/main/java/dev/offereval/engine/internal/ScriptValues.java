package dev.offereval.engine.internal;

import dev.offereval.model.AnchorKind;
import dev.offereval.model.CompetingFigures;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.VestSchedule;
import dev.offereval.model.internal.Anchor;
import dev.offereval.model.internal.FirstYearShortfall;
import dev.offereval.model.internal.LevelUp;
import dev.offereval.model.internal.MoneyFormat;
import dev.offereval.model.internal.Phrases;
import dev.offereval.model.internal.RelevelAdvice;
import dev.offereval.model.internal.ScriptPoint;
import dev.offereval.model.internal.SkillsShown;
import dev.offereval.model.internal.StatedCounter;
import dev.offereval.model.internal.Subject;
import dev.offereval.model.internal.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders the values of a script's placeholders ({@code data/scripts.yaml}) once the rules have
 * fired: from the facts they derived about one offer (the stated counter, the anchor, the points
 * {@code script.drl} decided, ...) and the words of {@code data/phrases.yaml}. It decides nothing a
 * rule decides: a point the script makes only under a condition is a {@link ScriptPoint} fact.
 * Figures are said with {@link MoneyFormat}; lists and small numbers with {@link Words}.
 */
public final class ScriptValues {
  /** Every placeholder a script may use: the names {@link #of} can fill. */
  public static final Set<String> FILLS = Set.of(
      "company", "role", "counterBase", "counterStock", "counterVestYears", "counterVestYearsInWords",
      "counterBonusPct", "counterBonusAsk", "counterSignOn", "kept", "counterTotalComp", "counterFirstYearTotalComp",
      "cappedBase", "competingCompany", "competingBase", "competingStock", "competingBonus", "competingConverted",
      "competingVesting", "firstYearAsk", "levelUpCompany", "levelUpLevel", "levelsAbove", "levelUpPackage",
      "askLevel", "anchorCompany", "refreshAsk", "signOnAsk", "expertiseAreas", "skills");

  /** The facts the rules derived about one offer, by type. */
  public interface Facts {
    /**
     * The facts of exactly {@code type}.
     *
     * @param type a fact type
     * @param <T> the type
     * @return the facts, in no particular order
     */
    <T> List<T> of(Class<T> type);
  }

  private final Facts facts;
  private final StatedCounter stated;
  private final Phrases phrases;
  private final Map<String, Object> values = new HashMap<>();

  private ScriptValues(Facts facts, StatedCounter stated, Phrases phrases) {
    this.facts = facts;
    this.stated = stated;
    this.phrases = phrases;
  }

  /**
   * The placeholder values for the script of {@code subject}'s offer. Every value a template might
   * use is given where the facts hold it; a template uses those it names.
   *
   * @param subject the offer
   * @param facts the facts the rules derived about it
   * @param stated the counter as the candidate states it, in the offer's currency, or null when
   *     there is no counter
   * @param phrases the words scripts are built from
   * @return the values by placeholder name
   */
  public static Map<String, Object> of(Subject subject, Facts facts, StatedCounter stated, Phrases phrases) {
    return new ScriptValues(facts, stated, phrases).render(subject.offer());
  }

  private Map<String, Object> render(Offer o) {
    values.put("company", o.company());
    values.put("role", o.role());
    StatedCounter co = stated;
    Anchor anchor = first(Anchor.class);
    if (co != null) {
      counter(o, co);
      if (anchor != null && anchor.kind() == AnchorKind.COMPETING) {
        competing(anchor.competing(), co);
      }
      List<FirstYearShortfall> shortfalls = facts.of(FirstYearShortfall.class);
      if (!shortfalls.isEmpty()) {
        values.put("firstYearAsk", firstYearAsk(shortfalls.get(0), co));
      }
    }
    if (anchor != null && anchor.kind() == AnchorKind.COMPETING) {
      // the fallback counter is built from one package: the script names it, not a third company
      values.put("anchorCompany", anchor.competing().company());
    }
    levelUp();
    acceptance(o);
    expertise();
    return values;
  }

  private void counter(Offer o, StatedCounter co) {
    if (co.bonusPct().compareTo(o.bonusPct()) != 0) {
      values.put("counterBonusAsk", bonusTarget("article-asked", co.bonusPct()));
    }
    values.put("counterBase", co.base());
    values.put("counterStock", co.stockGrant());
    values.put("counterVestYears", co.vestYears());
    values.put("counterVestYearsInWords", Words.cardinal(co.vestYears()));
    values.put("counterBonusPct", co.bonusPct());
    // what the counter keeps as offered is named, so the figures said add up to the total said
    List<String> kept = new ArrayList<>();
    if (co.bonusPct().compareTo(o.bonusPct()) == 0 && co.bonusPct().signum() > 0) {
      kept.add(bonusTarget("article-kept", co.bonusPct()));
    }
    if (co.signOn().isGreaterThan(o.signOn())) {
      values.put("counterSignOn", co.signOn());
    } else if (o.signOn().isPositive()) {
      // a sign-on already offered is not asked for again: the candidate says they keep it
      kept.add(phrase("kept-sign-on", Map.of("signOn", o.signOn())));
    }
    if (!kept.isEmpty()) {
      values.put("kept", Words.list(kept));
    }
    // totals are sums the candidate does not ask for figure by figure: "about $202K"
    values.put("counterTotalComp", MoneyFormat.approximately(co.annualTotal()));
    values.put("counterFirstYearTotalComp", MoneyFormat.approximately(co.totalComp().firstYear()));
  }

  /** The competing package the counter is anchored on, as it was offered, in its own currency. */
  private void competing(CompetingFigures cf, StatedCounter co) {
    if (has(ScriptPoint.Kind.BASE_CAP, -1)) {
      values.put("cappedBase", co.base());
    }
    CompetingOffer offered = cf.offer();
    values.put("competingCompany", cf.company());
    values.put("competingBase", offered.base());
    values.put("competingStock", offered.stockGrant());
    if (offered.bonusPct() != null) {
      values.put("competingBonus", bonusTarget("article-asked", offered.bonusPct()));
    }
    // beside it, in the currency the counter is stated in, unless a rule withheld it
    if (!offered.currency().equals(co.base().currency()) && !has(ScriptPoint.Kind.CONVERSION_WITHHELD, cf.index())) {
      values.put("competingConverted", converted(cf, co));
    }
    if (has(ScriptPoint.Kind.COMPETING_VESTING, cf.index())) {
      values.put("competingVesting", offered.vestSchedule().spoken());
    }
  }

  /** The competing figures in the counter's currency, rounded for speech, in the order just said. */
  private String converted(CompetingFigures cf, StatedCounter co) {
    Money base = co.fx() == null ? cf.base() : co.fx().convert(cf.base());
    Money grant = co.fx() == null ? cf.stockGrant() : co.fx().convert(cf.stockGrant());
    Map<String, Object> v = new HashMap<>();
    v.put("base", MoneyFormat.roundedForSpeech(base));
    if (grant.isPositive()) {
      v.put("stock", MoneyFormat.roundedForSpeech(grant));
    }
    return phrase("converted-figures", v);
  }

  /** The ask for a sign-on that evens out a first year below the average, with its cause. */
  private String firstYearAsk(FirstYearShortfall f, StatedCounter co) {
    Money gap = co.fx() == null ? f.gap() : co.fx().convert(f.gap());
    VestSchedule vs = f.schedule();
    BigDecimal first = vs.fractionInYear(1);
    String cause = first.signum() == 0 && vs.cliffMonths() > 12
        ? phrase("first-year-cause-cliff", Map.of("months", vs.cliffMonths()))
        : phrase("first-year-cause-vesting", Map.of("pct", MoneyFormat.percent(first.movePointRight(2))));
    return phrase("first-year-ask", Map.of("cause", cause, "gap", MoneyFormat.approximately(gap),
        "signOn", phrases.text(f.larger() ? "first-year-larger-sign-on" : "first-year-sign-on")));
  }

  /** The more senior competing offer the levelling question cites, as it was offered. */
  private void levelUp() {
    ScriptPoint cited = facts.of(ScriptPoint.class).stream()
        .filter(p -> p.kind() == ScriptPoint.Kind.LEVEL_UP_CITED).findFirst().orElse(null);
    if (cited == null) {
      return;
    }
    RelevelAdvice r = facts.of(RelevelAdvice.class).stream()
        .filter(a -> a.competing().index() == cited.competing()).findFirst().orElse(null);
    LevelUp up = facts.of(LevelUp.class).stream()
        .filter(l -> l.competing().index() == cited.competing()).findFirst().orElse(null);
    if (r == null || up == null) {
      return;
    }
    CompetingOffer offered = r.competing().offer();
    values.put("levelUpCompany", r.competing().company());
    values.put("levelUpLevel", offered.level());
    values.put("levelsAbove", up.above());
    List<String> parts = new ArrayList<>();
    parts.add(phrase("level-up-base", Map.of("base", offered.base())));
    if (offered.stockGrant().isPositive()) {
      parts.add(phrase("level-up-stock", Map.of("stock", offered.stockGrant())));
    }
    if (offered.bonusPct() != null) {
      parts.add(bonusTarget("article-asked", offered.bonusPct()));
    }
    values.put("levelUpPackage", Words.list(parts));
    // "your L3": said to this company's recruiter, never read as the competing company's level
    values.put("askLevel", r.askLevel() == null
        ? phrases.text("ask-level-unnamed") : phrase("ask-level", Map.of("level", r.askLevel())));
  }

  /** An acceptance's questions, each asked when a rule decided it. */
  private void acceptance(Offer o) {
    boolean refresh = has(ScriptPoint.Kind.REFRESH_QUESTION, -1);
    if (refresh) {
      String years = phrase(o.vestYears() == 1 ? "one-year" : "years", Map.of("count", Words.cardinal(o.vestYears())));
      values.put("refreshAsk", phrase("refresh-question", Map.of("years", years)));
    }
    if (has(ScriptPoint.Kind.SIGN_ON_QUESTION, -1)) {
      String opening = phrases.text(refresh ? "opening-later-question" : "opening-first-question");
      values.put("signOnAsk", phrase("sign-on-question", Map.of("opening", opening, "signOn", o.signOn())));
    }
  }

  /** The expertise areas the skills show, and the candidate's own skills, as they wrote them. */
  private void expertise() {
    List<SkillsShown> shown = facts.of(SkillsShown.class);
    if (shown.isEmpty()) {
      return;
    }
    values.put("expertiseAreas", Words.list(Words.inSentence(shown.get(0).areaTitles())));
    values.put("skills", SkillsShown.spoken(shown.get(0).skills()));
  }

  private String bonusTarget(String article, BigDecimal pct) {
    return phrase("bonus-target", Map.of("article", phrases.text(article), "pct", pct));
  }

  private String phrase(String key, Map<String, ?> v) {
    return Templates.fill(phrases.text(key), v);
  }

  private boolean has(ScriptPoint.Kind kind, int competing) {
    for (ScriptPoint p : facts.of(ScriptPoint.class)) {
      if (p.kind() == kind && p.competing() == competing) {
        return true;
      }
    }
    return false;
  }

  private <T> T first(Class<T> type) {
    List<T> all = facts.of(type);
    return all.isEmpty() ? null : all.get(0);
  }
}
