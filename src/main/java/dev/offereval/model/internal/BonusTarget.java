package dev.offereval.model.internal;

import java.math.BigDecimal;
import java.util.Collection;

/** Derived: one reason to ask for a bonus target of {@code pct} percent. The highest wins. */
public record BonusTarget(Subject subject, BigDecimal pct, Said reason) implements CounterMove {

  /**
   * The bonus target asked: the highest of {@code targets} (percentages, at least one), scale-free
   * so that 10 equals 10.0.
   */
  public static BigDecimal highest(Collection<BigDecimal> targets) {
    BigDecimal top = null;
    for (BigDecimal p : targets) {
      if (top == null || p.compareTo(top) > 0) {
        top = p;
      }
    }
    if (top == null) {
      throw new IllegalArgumentException("no bonus target");
    }
    top = top.stripTrailingZeros();
    return top.scale() < 0 ? top.setScale(0) : top;
  }
}
