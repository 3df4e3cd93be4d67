package dev.offereval.model.internal;

import dev.offereval.model.TotalComp;
import dev.offereval.model.Component;
import dev.offereval.model.Offer;
import dev.offereval.model.PackageValue;
import dev.offereval.model.Money;
import dev.offereval.model.VestSchedule;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Derived: the counter-offer, held to its anchor's value. {@code capped} lists the components
 * whose ask the band maximum limited (or that were already above it). The grant keeps the offer's
 * vest years and schedule.
 */
public record CounterOffer(
    Subject subject,
    Money base,
    Money stockGrant,
    int vestYears,
    BigDecimal bonusPct,
    Money signOn,
    Set<Component> capped,
    VestSchedule vestSchedule) implements AboutOffer {

  public CounterOffer {
    capped = capped.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capped));
    vestSchedule = Support.vestSchedule(vestSchedule, vestYears, "counter vest schedule");
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
