package dev.offereval.model.internal;

import java.math.BigDecimal;

/**
 * A number with its unit, for a message: an amount in a currency code or a percentage ({@code %}),
 * written as {@link MoneyFormat#figure} writes it.
 *
 * @param value the number
 * @param unit a currency code, or {@code %}
 */
public record Figure(BigDecimal value, String unit) {
  @Override
  public String toString() {
    return MoneyFormat.figure(value, unit);
  }
}
