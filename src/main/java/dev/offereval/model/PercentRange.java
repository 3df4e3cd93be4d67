package dev.offereval.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A range of percentages, such as a bonus target of 10–15 (meaning 10% to 15%). */
public record PercentRange(BigDecimal min, BigDecimal max) {

  /**
   * A range, checked.
   *
   * @param min the lower bound in percent
   * @param max the upper bound in percent
   * @throws NullPointerException when a bound is null
   * @throws IllegalArgumentException when min is negative or above max
   */
  public PercentRange {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (min.signum() < 0) {
      throw new IllegalArgumentException("min is negative: " + min.toPlainString());
    }
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "min " + min.toPlainString() + " is greater than max " + max.toPlainString());
    }
  }
}
