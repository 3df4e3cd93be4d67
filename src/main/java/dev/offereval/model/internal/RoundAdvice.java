package dev.offereval.model.internal;

import dev.offereval.model.CompetingFigures;
import dev.offereval.model.Component;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.PackageValue;
import dev.offereval.model.PreviousRound;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derived ({@code rules/rounds.drl}): what to do in a negotiation's round 2 or later, after the
 * recruiter's revision. The rule decides which; the factories here do the arithmetic the decision
 * needs (how much stock or sign-on covers the rest, which competing package is worth most, which
 * package is worth more), and the reason's words are {@code data/messages.yaml}'s.
 *
 * @param subject the revised offer
 * @param kind accept, trade, hold or decide
 * @param templateId the script of {@code data/scripts.yaml} that says it
 * @param move the revision it answers
 * @param cover for a trade, the component asked for to cover the rest: {@code STOCK} or {@code
 *     SIGN_ON}; otherwise null
 * @param coverAmount for a trade, how much more of {@code cover} is asked, in the offer's currency;
 *     otherwise null
 * @param competingIndex the competing offer the hold cites or the decision weighs, or -1 for none
 * @param ask what this round asks for (a trade's, or a hold's repeated ask), or null when it asks
 *     nothing more
 * @param why the reason, as a message code with its values
 */
public record RoundAdvice(Subject subject, Kind kind, String templateId, RoundMove move, Component cover,
    Money coverAmount, int competingIndex, PreviousRound.Asked ask, Said why) implements AboutOffer {

  /** The four decisions of a later round. */
  public enum Kind {
    /** The revision closes enough of the gap: accept, with one last ask that costs no cash. */
    ACCEPT,
    /** One component moved and another did not: ask for stock or a sign-on to cover the rest. */
    TRADE,
    /** Little moved: repeat the ask once, citing the competing offer. */
    HOLD,
    /** Nothing moved after a hold: compare the final packages and decide. */
    DECIDE
  }

  /**
   * Accept the revision.
   *
   * @param subject the revised offer
   * @param templateId the script
   * @param move the revision
   * @param minPct the share of the gap policy asks for
   * @param view the comparison view's years
   * @return the advice, asking nothing more
   */
  public static RoundAdvice accept(Subject subject, String templateId, RoundMove move, BigDecimal minPct,
      BigDecimal view) {
    return new RoundAdvice(subject, Kind.ACCEPT, templateId, move, null, null, -1, null,
        Said.of("round-accept", closed(move, view, minPct)));
  }

  /**
   * Trade: keep what moved and ask for {@code cover} to cover what the revision still leaves of the
   * previous ask a year. A sign-on pays once, so it covers the rest times the comparison view's
   * years; a grant covers it by what it vests over the view on the offer's schedule. Either is
   * rounded down to {@code step}, so the ask is never worth more than the previous one. A grant that
   * vests nothing within the view cannot cover anything: the sign-on covers it instead.
   *
   * @param subject the revised offer
   * @param templateId the script
   * @param move the revision
   * @param cover {@code STOCK} or {@code SIGN_ON}
   * @param minPct the share of the gap policy asks for before accepting
   * @param view the comparison view's years
   * @param step what the amount is rounded down to
   * @return the advice, with the ask that follows
   */
  public static RoundAdvice trade(Subject subject, String templateId, RoundMove move, Component cover,
      BigDecimal minPct, BigDecimal view, BigDecimal step) {
    Offer o = subject.offer();
    Money rest = move.restPerYear();
    BigDecimal perUnit = cover == Component.STOCK ? stockValuePerUnit(o, view) : BigDecimal.ZERO;
    Component by = perUnit.signum() > 0 ? Component.STOCK : Component.SIGN_ON;
    Money amount = (by == Component.STOCK
        ? new Money(rest.amount().divide(perUnit, MathContext.DECIMAL128), rest.currency())
        : rest.times(view)).roundedDownTo(step);
    PreviousRound.Asked ask = new PreviousRound.Asked(o.base(),
        by == Component.STOCK ? o.stockGrant().plus(amount) : o.stockGrant(), o.bonusPct(),
        by == Component.SIGN_ON ? o.signOn().plus(amount) : o.signOn());
    Map<String, Object> values = closed(move, view, minPct);
    values.put("rest", rest);
    values.put("cover", by);
    values.put("amount", amount);
    return new RoundAdvice(subject, Kind.TRADE, templateId, move, by, amount, -1, ask, Said.of("round-trade", values));
  }

  /**
   * Hold: ask again what the previous round asked (each figure at least what the revision offers),
   * citing the competing offer worth most a year, if any.
   *
   * @param subject the revised offer
   * @param templateId the script
   * @param move the revision
   * @param competing the offer's competing packages, in the evaluation currency
   * @param movedPct the share of its gap a component must close to count as moved
   * @param view the comparison view's years
   * @return the advice, repeating the previous ask
   */
  public static RoundAdvice hold(Subject subject, String templateId, RoundMove move, List<CompetingFigures> competing,
      BigDecimal movedPct, BigDecimal view) {
    CompetingFigures best = best(competing, view);
    Map<String, Object> values = closed(move, view, movedPct);
    if (best != null) {
      values.put("label", best.label());
    }
    // the previous ask again, never below what the revision now offers
    Offer o = subject.offer();
    PreviousRound.Asked before = move.previous().asked();
    PreviousRound.Asked ask = new PreviousRound.Asked(before.base().max(o.base()),
        before.stockGrant().max(o.stockGrant()), before.bonusPct().max(o.bonusPct()), before.signOn().max(o.signOn()));
    return new RoundAdvice(subject, Kind.HOLD, templateId, move, null, null, best == null ? -1 : best.index(),
        ask, Said.of(best == null ? "round-hold" : "round-hold-competing", values));
  }

  /**
   * Decide: nothing moved after the hold, so the final offer is set beside the competing package
   * worth most a year (on what both show), or, with none, beside the previous ask, and the reason
   * says which is worth more and by how much.
   *
   * @param subject the revised offer
   * @param templateId the script
   * @param move the revision
   * @param offer the final offer in the evaluation currency
   * @param competing the offer's competing packages, in the evaluation currency
   * @param view the comparison view's years
   * @return the advice, asking nothing more
   */
  public static RoundAdvice decide(Subject subject, String templateId, RoundMove move, OfferFigures offer,
      List<CompetingFigures> competing, BigDecimal view) {
    CompetingFigures best = best(competing, view);
    Map<String, Object> values = new HashMap<>();
    if (best == null) {
      values.put("offer", move.valueAfter());
      values.put("asked", move.valueAsked());
      values.put("view", PackageValue.viewName(view));
      values.put("by", move.restPerYear());
      return new RoundAdvice(subject, Kind.DECIDE, templateId, move, null, null, -1, null,
          Said.of("round-decide-ask", values));
    }
    PackageValue mine = offer.value();
    Money offerWorth = mine.comparedWith(best.value(), view);
    Money otherWorth = best.value().comparedWith(mine, view);
    boolean withBonus = mine.bothWithBonus(best.value());
    int order = offerWorth.compareTo(otherWorth);
    values.put("offer", Said.perYear(offerWorth, view, withBonus));
    values.put("label", best.label());
    values.put("other", Said.perYear(otherWorth, view, withBonus));
    values.put("by", order >= 0 ? offerWorth.minus(otherWorth) : otherWorth.minus(offerWorth));
    values.put("offerMore", order > 0);
    values.put("otherMore", order < 0);
    values.put("same", order == 0);
    return new RoundAdvice(subject, Kind.DECIDE, templateId, move, null, null, best.index(), null,
        Said.of("round-decide-competing", values));
  }

  /**
   * The competing package worth most a year before bonus (the basis every package shows), the
   * earliest given on a tie; null when there is none.
   *
   * @param competing the competing packages
   * @param view the comparison view's years
   * @return the best, or null
   */
  public static CompetingFigures best(List<CompetingFigures> competing, BigDecimal view) {
    return competing.stream()
        .max(Comparator.comparing((CompetingFigures c) -> c.value().averageOver(view, false).amount())
            .thenComparing(c -> -c.index()))
        .orElse(null);
  }

  /** What a grant of one unit of the offer's currency adds to the value per year, on the offer's schedule. */
  static BigDecimal stockValuePerUnit(Offer o, BigDecimal view) {
    Money million = Money.of(1_000_000, o.currency());
    Money zero = Money.zero(o.currency());
    Money perYear = PackageValue.of(zero, million, o.vestSchedule(), BigDecimal.ZERO, zero).averageOver(view, true);
    return perYear.amount().divide(million.amount(), MathContext.DECIMAL128);
  }

  /** The values every reason names: how much of the gap closed, the policy share, the two values. */
  private static Map<String, Object> closed(RoundMove move, BigDecimal view, BigDecimal pct) {
    Map<String, Object> values = new HashMap<>();
    values.put("closed", move.gapClosedPct());
    values.put("min", pct);
    values.put("asked", move.valueAsked());
    values.put("now", move.valueAfter());
    values.put("view", PackageValue.viewName(view));
    return values;
  }
}
