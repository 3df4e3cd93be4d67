package dev.offereval.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Derived: where one component sits in its band.
 *
 * @param penetration (offered - min) / (max - min): 0 at min, 1 at max, outside [0, 1] outside the
 *     band; null when min equals max
 * @param compaRatio offered / midpoint; null when the midpoint is zero
 */
public record Position(
    Component component,
    String unit,
    Zone zone,
    BigDecimal offered,
    BigDecimal min,
    BigDecimal max,
    BigDecimal penetration,
    BigDecimal compaRatio) {

  public static Position of(ComponentFigure f, Zone zone) {
    BigDecimal width = f.max().subtract(f.min());
    BigDecimal penetration =
        width.signum() == 0 ? null : f.offered().subtract(f.min()).divide(width, MathContext.DECIMAL128);
    BigDecimal midpoint = Money.divide(f.min().add(f.max()), 2);
    BigDecimal compa =
        midpoint.signum() == 0 ? null : f.offered().divide(midpoint, MathContext.DECIMAL128);
    return new Position(f.component(), f.unit(), zone, f.offered(), f.min(), f.max(), penetration, compa);
  }
}
