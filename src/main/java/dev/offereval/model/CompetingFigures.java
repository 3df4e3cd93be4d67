package dev.offereval.model;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Derived: competing offer number {@code index} (0-based, in input order) in the evaluation
 * currency, with what it pays in each of its first four years. {@code bonusPct} is zero when the
 * offer leaves its bonus unknown; {@link #bonusKnown()} tells which.
 */
public record CompetingFigures(
    int index,
    CompetingOffer offer,
    Currency currency,
    Money base,
    Money stockGrant,
    int vestYears,
    BigDecimal bonusPct,
    FxRate fx,
    PackageValue value) {

  public static CompetingFigures of(int index, CompetingOffer offer, FxRate fx) {
    Money base = fx.convert(offer.base());
    Money grant = fx.convert(offer.stockGrant());
    return new CompetingFigures(index, offer, fx.to(), base, grant, offer.vestYears(), offer.bonusPctOrZero(), fx,
        PackageValue.of(base, grant, offer.vestSchedule(), offer.bonusPct(), Money.zero(fx.to())));
  }

  public String company() {
    return offer.company();
  }

  public String companyKey() {
    return offer.companyKey();
  }

  public boolean bonusKnown() {
    return offer.bonusPct() != null;
  }

  /** The company and level as people write them: {@code Snowflake IC2}. */
  public String label() {
    return offer.level() == null ? offer.company() : offer.company() + " " + offer.level();
  }

  public TotalComp totalComp() {
    return TotalComp.of(base, stockGrant, vestYears, bonusPct, Money.zero(currency));
  }

  /** Annual total comp by {@link TotalComp}; an unknown bonus adds nothing (see {@link #bonusKnown()}). */
  public Money annualTotal() {
    return totalComp().annual();
  }

  /** The grant's value per year of vesting: the grant divided by its vest years. */
  public Money stockPerYear() {
    return stockGrant.dividedBy(vestYears);
  }

  public Money stockGrantOver(int years) {
    return years == vestYears ? stockGrant : stockGrant.dividedBy(vestYears).times(years);
  }
}
