package dev.offereval.model;

import java.math.BigDecimal;

/**
 * The one total-comp formula used everywhere.
 *
 * <pre>
 * annual total comp     = base + stock grant / vesting years + base x bonus target %
 * first-year total comp = annual total comp + sign-on
 * </pre>
 */
public record TotalComp(
    Money base, Money stockPerYear, Money bonus, Money annual, Money signOn, Money firstYear) {
  /** The formula, as every output states it. */
  public static final String FORMULA = "annual = base + stock_grant / vest_years + base x bonus_pct / 100;"
      + " first_year = annual + sign_on";


  /**
   * Total comp by the formula.
   *
   * @param base the base salary
   * @param stockGrant the stock grant
   * @param vestYears the years the grant vests over
   * @param bonusPct the bonus target in percent
   * @param signOn the sign-on bonus
   * @return every figure of the formula
   */
  public static TotalComp of(
      Money base, Money stockGrant, int vestYears, BigDecimal bonusPct, Money signOn) {
    Money stockPerYear = stockGrant.dividedBy(vestYears);
    Money bonus = base.percent(bonusPct);
    Money annual = base.plus(stockPerYear).plus(bonus);
    return new TotalComp(base, stockPerYear, bonus, annual, signOn, annual.plus(signOn));
  }

  /**
   * Annual total comp by the formula.
   *
   * @param base the base salary
   * @param stockGrant the stock grant
   * @param vestYears the years the grant vests over
   * @param bonusPct the bonus target in percent
   * @return base + stock grant / vest years + base x bonus / 100
   */
  public static Money annual(Money base, Money stockGrant, int vestYears, BigDecimal bonusPct) {
    return base.plus(stockGrant.dividedBy(vestYears)).plus(base.percent(bonusPct));
  }
}
