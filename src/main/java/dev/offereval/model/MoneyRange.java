package dev.offereval.model;

import dev.offereval.model.internal.Support;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A band range [min, max] in one currency, with min &lt;= max and no negative bound. */
public record MoneyRange(Money min, Money max) {

  /**
   * A range, checked.
   *
   * @param min the lower bound
   * @param max the upper bound
   * @throws NullPointerException when a bound is null
   * @throws CurrencyMismatchException when the bounds are in different currencies
   * @throws IllegalArgumentException when min is negative or above max
   */
  public MoneyRange {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (!min.currency().equals(max.currency())) {
      throw new CurrencyMismatchException("min and max are in different currencies: " + min + ", " + max);
    }
    if (min.isNegative()) {
      throw new IllegalArgumentException("min is negative: " + min.amount().toPlainString());
    }
    if (min.isGreaterThan(max)) {
      throw new IllegalArgumentException(
          "min " + min.amount().toPlainString() + " is greater than max " + max.amount().toPlainString());
    }
  }

  /**
   * The currency of both bounds.
   *
   * @return the currency
   */
  public Currency currency() {
    return min.currency();
  }

  /**
   * Halfway between min and max.
   *
   * @return the midpoint
   */
  public Money midpoint() {
    return new Money(
        Support.divide(min.amount().add(max.amount()), 2),
        currency());
  }

  /**
   * The figure {@code fraction} of the way from min to max (0 is min, 1 is max).
   *
   * @param fraction how far along, as a fraction
   * @return the figure
   */
  public Money atPenetration(BigDecimal fraction) {
    return min.plus(max.minus(min).times(fraction));
  }

  /**
   * How far {@code current} is below the maximum, never negative.
   *
   * @param current a figure in the range's currency
   * @return max minus {@code current}, or zero
   */
  public Money headroom(Money current) {
    return current.isLessThan(max) ? max.minus(current) : Money.zero(current.currency());
  }
}
