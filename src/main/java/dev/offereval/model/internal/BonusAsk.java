package dev.offereval.model.internal;

import java.math.BigDecimal;

/** Derived: the bonus target the counter asks for, in percent (scale-free, so 10 equals 10.0). */
public record BonusAsk(Subject subject, BigDecimal pct) implements AboutOffer {
  public BonusAsk {
    pct = pct.stripTrailingZeros();
    if (pct.scale() < 0) {
      pct = pct.setScale(0);
    }
  }
}
