package dev.offereval.model.internal;

import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.PackageValue;
import dev.offereval.model.TotalComp;
import dev.offereval.model.VestSchedule;
import java.math.BigDecimal;

/**
 * Derived: the counter-offer as the candidate states it, in the offer's own currency. The counter
 * is worked out in the evaluation currency (the band's); an offer made in another currency is
 * answered in that currency, because a candidate quotes figures in the currency they were offered
 * in.
 *
 * <p>A figure the counter keeps as offered is the offered figure itself, not a round trip through
 * two rates. A figure the counter raises is converted back at the inverse of the rate the offer
 * was converted with, to the currency's minor unit, and rounded down to a multiple of {@code step},
 * never below the offered figure. {@code fx} is that inverse, or null when the offer is in the evaluation currency and
 * nothing was converted.
 */
public record StatedCounter(
    Subject subject,
    Money base,
    Money stockGrant,
    int vestYears,
    BigDecimal bonusPct,
    Money signOn,
    VestSchedule vestSchedule,
    FxRate fx) implements AboutOffer {

  /**
   * {@code counter}, stated in the currency of the offer behind {@code figures}.
   *
   * @param counter the counter in the evaluation currency
   * @param figures the offer in the evaluation currency, with the rate it was converted at
   * @param step a converted figure is rounded down to a multiple of this, in the offer's currency
   * @return the counter as the candidate states it
   */
  public static StatedCounter of(CounterOffer counter, OfferFigures figures, BigDecimal step) {
    if (figures.fx().isIdentity()) {
      return new StatedCounter(counter.subject(), counter.base(), counter.stockGrant(), counter.vestYears(),
          counter.bonusPct(), counter.signOn(), counter.vestSchedule(), null);
    }
    Offer offer = figures.subject().offer();
    FxRate back = figures.fx().inverse();
    return new StatedCounter(counter.subject(),
        stated(counter.base(), figures.base(), offer.base(), back, step),
        stated(counter.stockGrant(), figures.stockGrant(), offer.stockGrant(), back, step),
        counter.vestYears(),
        counter.bonusPct(),
        stated(counter.signOn(), figures.signOn(), offer.signOn(), back, step),
        counter.vestSchedule(),
        back);
  }

  private static Money stated(Money asked, Money offeredConverted, Money offered, FxRate back, BigDecimal step) {
    if (!asked.isGreaterThan(offeredConverted)) {
      return offered;
    }
    // to the minor unit first, so a figure that went out at a rate and back at its inverse is whole
    // again (194,999.99999... is 195,000) before it is rounded down to the step
    Money converted = back.convert(asked);
    return new Money(converted.rounded(), converted.currency()).roundedDownTo(step).max(offered);
  }

  /** Whether the counter's figures were converted from the evaluation currency. */
  public boolean converted() {
    return fx != null;
  }

  public TotalComp totalComp() {
    return TotalComp.of(base, stockGrant, vestYears, bonusPct, signOn);
  }

  public Money annualTotal() {
    return totalComp().annual();
  }

  /** What the stated counter pays in each of its first four years. */
  public PackageValue value() {
    return PackageValue.of(base, stockGrant, vestSchedule, bonusPct, signOn);
  }
}
