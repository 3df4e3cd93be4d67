package dev.offereval.model;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Derived: competing offer number {@code index} (0-based, in input order) in the evaluation
 * currency.
 */
public record CompetingFigures(
    int index,
    CompetingOffer offer,
    Currency currency,
    Money base,
    Money stockGrant,
    int vestYears,
    BigDecimal bonusPct,
    FxRate fx) {

  public static CompetingFigures of(int index, CompetingOffer offer, FxRate fx) {
    return new CompetingFigures(
        index,
        offer,
        fx.to(),
        fx.convert(offer.base()),
        fx.convert(offer.stockGrant()),
        offer.vestYears(),
        offer.bonusPctOrZero(),
        fx);
  }

  public String company() {
    return offer.company();
  }

  public String companyKey() {
    return offer.companyKey();
  }

  public TotalComp totalComp() {
    return TotalComp.of(base, stockGrant, vestYears, bonusPct, Money.zero(currency));
  }

  public Money annualTotal() {
    return totalComp().annual();
  }

  public Money stockGrantOver(int years) {
    return years == vestYears ? stockGrant : stockGrant.dividedBy(vestYears).times(years);
  }
}
