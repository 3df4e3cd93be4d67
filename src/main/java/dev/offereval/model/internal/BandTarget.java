package dev.offereval.model.internal;

import dev.offereval.model.PackageValue;
import dev.offereval.model.Money;
import java.math.BigDecimal;

/**
 * Derived: the package policy aims at in the band, by the expertise the candidate shows: base and
 * stock per year at {@code penetration} of their ranges (never below what was offered), the bonus
 * as offered or raised to the band minimum, and the offer's sign-on and vesting schedule.
 *
 * @param value what the package pays per year, laid out like the offer's
 * @param why how the target was set (data/messages.yaml)
 */
public record BandTarget(
    Subject subject,
    BigDecimal penetration, long expertiseLevers, Money base, Money stockPerYear, BigDecimal bonusPct,
    PackageValue value, Said why) implements AboutOffer {

  /**
   * The target at {@code target}'s point of the band for an offer showing {@code levers} expertise
   * levers: base and stock per year at that penetration, never below what was offered; the bonus as
   * offered or raised to the band minimum; laid out on the offer's schedule with its sign-on.
   */
  public static BandTarget of(Subject subject, dev.offereval.model.Band band, OfferFigures offer, ExpertiseTarget target,
      long levers) {
    Money base = band.base().atPenetration(target.penetration()).max(offer.base());
    Money stock = band.stockPerYear().atPenetration(target.penetration()).max(offer.stockPerYear());
    BigDecimal bonus = offer.bonusPct().max(band.bonusPct().min());
    Said why = Said.of("band-target", java.util.Map.of("levers", levers,
        "pct", target.penetration().movePointRight(2)));
    return new BandTarget(subject, target.penetration(), levers, base, stock, bonus,
        PackageValue.of(base, stock.times(offer.vestYears()), offer.vestSchedule(), bonus, offer.signOn()), why);
  }
}
