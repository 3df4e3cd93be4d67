package dev.offereval.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * The counter-offer as reported: the asks, their total comp by {@link TotalComp}, the uplift over
 * the offer's value per year in percent, the components the band maximum limited, and the reason
 * behind each component.
 *
 * <p>Its figures are in the currency the offer was made in, as the candidate says them: an offer
 * in another currency than its band's is worked out in the band's currency and its counter stated
 * back in the offer's (see the evaluation's messages for the rate). The reasons may name amounts
 * in the band's currency; each amount names its currency.
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
    VestSchedule vestSchedule,
    Money valuePerYear,
    Money offerValuePerYear) {
  /**
   * A counter-offer; {@code capped} and {@code reasons} are copied.
   *
   * @param base the base to ask for
   * @param stockGrant the stock grant to ask for
   * @param vestYears the years the grant vests over
   * @param bonusPct the bonus target to ask for, in percent
   * @param signOn the sign-on bonus to ask for
   * @param totalComp the counter's total comp
   * @param upliftPct its value per year over the offer's, in percent, both in the offer's currency
   * @param capped the components the band maximum limited
   * @param reasons why each component is what it is
   * @param vestSchedule how the grant vests; the offer's own
   * @param valuePerYear the counter's value per year in the comparison view
   * @param offerValuePerYear the offer's value per year in the comparison view, as offered, in the
   *     same currency as {@code valuePerYear}
   */
  public CounterOfferResult {
    capped = Set.copyOf(capped);
    reasons = Map.copyOf(reasons);
  }
}
