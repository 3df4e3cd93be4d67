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

  /**
   * Competing offer {@code offer} converted at {@code fx} into the evaluation currency.
   *
   * @param index its place among the offer's competing offers, from 0
   * @param offer the competing offer
   * @param fx the rate from its currency to the evaluation currency
   * @return its figures
   */
  public static CompetingFigures of(int index, CompetingOffer offer, FxRate fx) {
    Money base = fx.convert(offer.base());
    Money grant = fx.convert(offer.stockGrant());
    return new CompetingFigures(index, offer, fx.to(), base, grant, offer.vestYears(), offer.bonusPctOrZero(), fx,
        PackageValue.of(base, grant, offer.vestSchedule(), offer.bonusPct(), Money.zero(fx.to())));
  }

  /**
   * The competing company.
   *
   * @return the company as written
   */
  public String company() {
    return offer.company();
  }

  /**
   * The competing company in lower case with single spaces, for comparing.
   *
   * @return the company key
   */
  public String companyKey() {
    return offer.companyKey();
  }

  /**
   * Whether the competing offer states its bonus target.
   *
   * @return true when it does
   */
  public boolean bonusKnown() {
    return offer.bonusPct() != null;
  }

  /**
   * The company and level as people write them: {@code Snowflake IC2}.
   *
   * @return the label
   */
  public String label() {
    return offer.level() == null ? offer.company() : offer.company() + " " + offer.level();
  }

  /**
   * Total comp by {@link TotalComp}, with no sign-on.
   *
   * @return the total comp in the evaluation currency
   */
  public TotalComp totalComp() {
    return TotalComp.of(base, stockGrant, vestYears, bonusPct, Money.zero(currency));
  }

  /**
   * Annual total comp by {@link TotalComp}; an unknown bonus adds nothing (see {@link #bonusKnown()}).
   *
   * @return the annual total comp
   */
  public Money annualTotal() {
    return totalComp().annual();
  }

  /**
   * The grant's value per year of vesting: the grant divided by its vest years.
   *
   * @return the stock per year
   */
  public Money stockPerYear() {
    return stockGrant.dividedBy(vestYears);
  }

  /**
   * The grant as if it vested evenly over {@code years} at the same value per year.
   *
   * @param years the vest years to express it over
   * @return the grant over {@code years}
   */
  public Money stockGrantOver(int years) {
    return years == vestYears ? stockGrant : stockGrant.dividedBy(vestYears).times(years);
  }
}
