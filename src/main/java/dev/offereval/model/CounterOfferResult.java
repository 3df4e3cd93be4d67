package dev.offereval.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * The counter-offer as reported: the asks, their total comp by {@link TotalComp}, the uplift over
 * the offer's annual total comp in percent, the components the band maximum limited, and the
 * reason behind each component.
 */
public record CounterOfferResult(
    Money base,
    Money stockGrant,
    int vestYears,
    BigDecimal bonusPct,
    Money signOn,
    TotalComp totalComp,
    BigDecimal upliftPct,
    Set<Component> capped,
    Map<Component, String> reasons,
    VestSchedule vestSchedule) {
  public CounterOfferResult {
    capped = Set.copyOf(capped);
    reasons = Map.copyOf(reasons);
  }
}
