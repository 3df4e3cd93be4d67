package dev.offereval.model;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Derived: the offer expressed in the evaluation currency (the band's, or the offer's own when no
 * band matches), through {@code fx}.
 */
public record OfferFigures(
    Currency currency,
    Money base,
    Money stockGrant,
    int vestYears,
    BigDecimal bonusPct,
    Money signOn,
    FxRate fx) {

  public static OfferFigures of(Offer offer, FxRate fx) {
    return new OfferFigures(
        fx.to(),
        fx.convert(offer.base()),
        fx.convert(offer.stockGrant()),
        offer.vestYears(),
        offer.bonusPct(),
        fx.convert(offer.signOn()),
        fx);
  }

  public TotalComp totalComp() {
    return TotalComp.of(base, stockGrant, vestYears, bonusPct, signOn);
  }

  public Money annualTotal() {
    return totalComp().annual();
  }

  /** The grant with the same annual value when vested over {@code years}. */
  public Money stockGrantOver(int years) {
    return years == vestYears ? stockGrant : stockGrant.dividedBy(vestYears).times(years);
  }
}
