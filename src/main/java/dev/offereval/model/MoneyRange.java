package dev.offereval.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A band range [min, max] in one currency, with min &lt;= max and no negative bound. */
public record MoneyRange(Money min, Money max) {

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

  public Currency currency() {
    return min.currency();
  }

  public Money midpoint() {
    return new Money(
        Money.divide(min.amount().add(max.amount()), 2),
        currency());
  }

  /** The figure {@code fraction} of the way from min to max (0 is min, 1 is max). */
  public Money atPenetration(BigDecimal fraction) {
    return min.plus(max.minus(min).times(fraction));
  }

  /** How far {@code current} is below the maximum, never negative. */
  public Money headroom(Money current) {
    return current.isLessThan(max) ? max.minus(current) : Money.zero(current.currency());
  }
}
