package dev.offereval.model;

import java.math.BigDecimal;

/**
 * Derived: where one component sits in its band.
 *
 * @param penetration (offered - min) / (max - min): 0 at min, 1 at max, outside [0, 1] outside the
 *     band, to 16 significant digits; null when min equals max
 * @param compaRatio offered / midpoint, to 16 significant digits; null when the midpoint is zero
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

}
