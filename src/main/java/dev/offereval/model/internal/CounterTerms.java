package dev.offereval.model.internal;

import dev.offereval.model.Money;
import dev.offereval.model.PackageValue;
import java.math.BigDecimal;

/**
 * What a counter is judged on, worked out once when it is assembled: the comparison view's years
 * ({@code comparison.average-over-years}), whether the anchor's value counts its bonus, the most the
 * counter may be worth per year ({@link Anchor#ceilingOver}), the offer, and the least a counter
 * must add ({@code counter.min-move-pct}). The counter's rules then compare figures the counter
 * carries instead of working them out again in every condition.
 *
 * @param years the comparison view's years
 * @param withBonus whether the anchor's value, and so the counter's against it, counts the bonus
 * @param ceiling the anchor's value per year in the view, plus a sign-on the offer already makes
 * @param offer the offer's figures in the evaluation currency
 * @param minMovePct the least a counter must add, in percent of the offer's value per year
 */
public record CounterTerms(BigDecimal years, boolean withBonus, Money ceiling, OfferFigures offer,
    BigDecimal minMovePct) {

  /** The terms a counter built from {@code anchor} for {@code offer} is held to. */
  public static CounterTerms of(Anchor anchor, OfferFigures offer, BigDecimal years, BigDecimal minMovePct) {
    return new CounterTerms(years, anchor.withBonus(), anchor.ceilingOver(years, offer.signOn()), offer, minMovePct);
  }

  /** What {@code counter} adds to the offer per year in the view, bonus counted when known. */
  public Money gain(PackageValue counter) {
    return counter.averageOver(years, true).minus(offer.value().averageOver(years, true));
  }

  /** The least gain that makes a counter worth asking for: the policy minimum of the offer's value. */
  public Money minGain() {
    return offer.value().averageOver(years, true).percent(minMovePct);
  }
}
