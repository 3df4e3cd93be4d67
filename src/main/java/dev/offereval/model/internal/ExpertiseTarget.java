package dev.offereval.model.internal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Policy: with at least {@code minLevers} expertise levers and no higher competing offer, aim the
 * counter at {@code penetration} of the band range (0 = min, 1 = max).
 */
public record ExpertiseTarget(int minLevers, BigDecimal penetration) {
  public ExpertiseTarget {
    Objects.requireNonNull(penetration, "penetration");
    if (minLevers < 0) {
      throw new IllegalArgumentException("min-levers is negative: " + minLevers);
    }
    if (penetration.signum() < 0 || penetration.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "penetration must be between 0 and 1, was " + penetration.toPlainString());
    }
  }
}
