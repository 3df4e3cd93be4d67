package dev.offereval.model;

/**
 * One year of a package: base, the stock vesting that year, the bonus target on the base (zero and
 * {@code bonusKnown == false} when the offer does not state it), and the sign-on in year 1.
 */
public record YearValue(int year, Money base, Money stock, Money bonus, boolean bonusKnown, Money signOn) {

  /**
   * Everything paid in the year; an unknown bonus counts nothing (see {@link #bonusKnown}).
   *
   * @return the year's total
   */
  public Money total() {
    return base.plus(stock).plus(bonus).plus(signOn);
  }

  /**
   * The year without its bonus: what two packages share when either leaves its bonus unknown.
   *
   * @return the year's total before bonus
   */
  public Money totalBeforeBonus() {
    return base.plus(stock).plus(signOn);
  }
}
