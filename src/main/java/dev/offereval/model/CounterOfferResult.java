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
  /**
   * A counter-offer; {@code capped} and {@code reasons} are copied.
   *
   * @param base the base to ask for
   * @param stockGrant the stock grant to ask for
   * @param vestYears the years the grant vests over
   * @param bonusPct the bonus target to ask for, in percent
   * @param signOn the sign-on bonus to ask for
   * @param totalComp the counter's total comp
   * @param upliftPct its value per year over the offer's, in percent
   * @param capped the components the band maximum limited
   * @param reasons why each component is what it is
   * @param vestSchedule how the grant vests; the offer's own
   */
  public CounterOfferResult {
    capped = Set.copyOf(capped);
    reasons = Map.copyOf(reasons);
  }
}
