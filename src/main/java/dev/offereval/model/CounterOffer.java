package dev.offereval.model;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Derived: the counter-offer, held to its anchor's value. {@code capped} lists the components
 * whose ask the band maximum limited (or that were already above it). The grant keeps the offer's
 * vest years and schedule.
 */
public record CounterOffer(
    Money base,
    Money stockGrant,
    int vestYears,
    BigDecimal bonusPct,
    Money signOn,
    Set<Component> capped,
    VestSchedule vestSchedule) {

  public CounterOffer {
    capped = capped.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capped));
    vestSchedule = Offer.schedule(vestSchedule, vestYears, "counter vest schedule");
  }

  public TotalComp totalComp() {
    return TotalComp.of(base, stockGrant, vestYears, bonusPct, signOn);
  }

  public Money annualTotal() {
    return totalComp().annual();
  }

  public PackageValue value() {
    return PackageValue.of(base, stockGrant, vestSchedule, bonusPct, signOn);
  }
}
