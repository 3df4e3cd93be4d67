package dev.offereval.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What a package pays in each of its first {@value #YEARS} years, and its value per year averaged
 * over the first {@code n} of them: the comparison view ({@code comparison.average-over-years} in
 * policy; 4 is the four-year average, 1 the first year).
 *
 * <pre>
 * year k = base + stock vesting in year k (by the schedule) + base x bonus % + sign-on (year 1 only)
 * value per year over n years = (year 1 + ... + year n) / n
 * </pre>
 *
 * <p>Two packages compare on what both show: when either leaves its bonus unknown, both are taken
 * before bonus ({@link #comparedWith}), so a missing figure never counts as zero against a known
 * one.
 */
public record PackageValue(Currency currency, List<YearValue> years, boolean bonusKnown) {
  /** The years every package is laid out over. */
  public static final int YEARS = 4;

  /**
   * A package laid out year by year; {@code years} is copied.
   *
   * @param currency the currency of every figure
   * @param years the first {@value #YEARS} years
   * @param bonusKnown whether the package states its bonus
   * @throws NullPointerException when {@code currency} is null
   * @throws IllegalArgumentException when there are not {@value #YEARS} years
   */
  public PackageValue {
    Objects.requireNonNull(currency, "currency");
    years = YearValues.of(years);
    if (years.size() != YEARS) {
      throw new IllegalArgumentException("a package is laid out over " + YEARS + " years, got " + years.size());
    }
  }

  /**
   * A package laid out over {@value #YEARS} years.
   *
   * @param base the annual base salary
   * @param grant the stock grant
   * @param schedule how the grant vests
   * @param bonusPct the bonus target in percent, or null when unknown
   * @param signOn the sign-on bonus, paid in year 1
   * @return the package
   */
  public static PackageValue of(Money base, Money grant, VestSchedule schedule, BigDecimal bonusPct, Money signOn) {
    List<YearValue> out = new ArrayList<>(YEARS);
    Money zero = Money.zero(base.currency());
    Money bonus = bonusPct == null ? zero : base.percent(bonusPct);
    // an even grant vests the same share in each of its years: divided once, not once a year
    Money evenShare = schedule.isEven() && schedule.cliffMonths() <= 12 ? schedule.vestingInYear(grant, 1) : null;
    for (int y = 1; y <= YEARS; y++) {
      Money stock = evenShare == null ? schedule.vestingInYear(grant, y) : y <= schedule.years() ? evenShare : zero;
      out.add(new YearValue(y, base, stock, bonus, bonusPct != null, y == 1 ? signOn : zero));
    }
    return new PackageValue(base.currency(), out, bonusPct != null);
  }

  /**
   * Value per year over the first {@code n} years, bonus included when known.
   *
   * @param n the years, 1 to {@value #YEARS}
   * @return the average
   * @throws IllegalArgumentException when {@code n} is out of range
   */
  public Money average(int n) {
    return average(n, true);
  }

  /**
   * Value per year over the first {@code n} years, with or without the bonus.
   *
   * @param n the years, 1 to {@value #YEARS}
   * @param withBonus whether to count the bonus
   * @return the average
   * @throws IllegalArgumentException when {@code n} is out of range
   */
  public Money average(int n, boolean withBonus) {
    if (n < 1 || n > YEARS) {
      throw new IllegalArgumentException("the comparison view averages 1 to " + YEARS + " years, not " + n);
    }
    return ((YearValues) years).average(n, withBonus);
  }

  /**
   * {@link #average(int, boolean)} for a view given as a policy number.
   *
   * @param n the years, a whole number from 1 to {@value #YEARS}
   * @param withBonus whether to count the bonus
   * @return the average
   */
  public Money averageOver(BigDecimal n, boolean withBonus) {
    return average(n.intValueExact(), withBonus);
  }

  /**
   * What the first year pays, sign-on included.
   *
   * @return year 1's total
   */
  public Money firstYear() {
    return years.get(0).total();
  }

  /**
   * Value per year over the four years, bonus included when known.
   *
   * @return the four-year average
   */
  public Money fourYearAverage() {
    return average(YEARS, true);
  }

  /**
   * Whether this and {@code other} can both be compared with their bonuses.
   *
   * @param other another package
   * @return true when both state their bonus
   */
  public boolean bothWithBonus(PackageValue other) {
    return bonusKnown && other.bonusKnown;
  }

  /**
   * This package's value per year over {@code n} years on the basis it shares with {@code other}.
   *
   * @param other the package compared with
   * @param n the comparison view's years
   * @return the value per year, before bonus when either leaves its bonus unknown
   */
  public Money comparedWith(PackageValue other, BigDecimal n) {
    return averageOver(n, bothWithBonus(other));
  }

  /**
   * Whether this package is worth more per year than {@code other}, on what both show.
   *
   * @param other the package compared with
   * @param n the comparison view's years
   * @return true when this is worth more
   */
  public boolean beats(PackageValue other, BigDecimal n) {
    return comparedWith(other, n).isGreaterThan(other.comparedWith(this, n));
  }

  /**
   * The comparison view over {@code n} years in words: {@code 4-year average}, {@code first year}.
   *
   * @param n the comparison view's years
   * @return the view's name
   */
  public static String viewName(BigDecimal n) {
    int years = n.intValueExact();
    return years == 1 ? "first year" : years + "-year average";
  }
}
