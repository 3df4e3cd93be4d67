package dev.offereval.model;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Derived: the counter-offer. {@code capped} lists the components whose ask the band maximum
 * limited (or that were already above it).
 */
public record CounterOffer(
    Money base,
    Money stockGrant,
    int vestYears,
    BigDecimal bonusPct,
    Money signOn,
    Set<Component> capped) {

  public CounterOffer {
    capped = capped.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capped));
  }

  public TotalComp totalComp() {
    return TotalComp.of(base, stockGrant, vestYears, bonusPct, signOn);
  }

  public Money annualTotal() {
    return totalComp().annual();
  }
}
