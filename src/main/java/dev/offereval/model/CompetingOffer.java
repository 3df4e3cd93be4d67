package dev.offereval.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An offer from another company that the candidate holds.
 *
 * @param bonusPct the bonus target in percent, or null when unknown: comparisons with it are then
 *     made before bonus on both sides, and say so
 * @param vestSchedule how its grant vests over {@code vestYears}; null is even, no cliff
 */
public record CompetingOffer(
    String company, String level, Money base, Money stockGrant, int vestYears, BigDecimal bonusPct,
    VestSchedule vestSchedule) {

  public CompetingOffer {
    company = Keys.requireText(company, "competing_company");
    level = level == null || level.isBlank() ? null : level.trim();
    if (base == null) {
      throw new InvalidInputException("competing_base", null, "competing_base is required");
    }
    stockGrant = stockGrant == null ? Money.zero(base.currency()) : stockGrant;
    Offer.requireNonNegative(base, "competing_base");
    Offer.requireNonNegative(stockGrant, "competing_stock_grant");
    if (!stockGrant.currency().equals(base.currency())) {
      throw new InvalidInputException("competing_stock_grant", stockGrant.toString(),
          "competing_stock_grant is not in the competing base's currency");
    }
    Offer.requireVestYears(vestYears, "competing_vest_years");
    if (bonusPct != null) {
      Offer.requirePercent(bonusPct, "competing_bonus_pct");
    }
    vestSchedule = Offer.schedule(vestSchedule, vestYears, "competing_vest_schedule");
  }

  /** A competing offer whose grant vests evenly over {@code vestYears} with no cliff. */
  public CompetingOffer(String company, String level, Money base, Money stockGrant, int vestYears,
      BigDecimal bonusPct) {
    this(company, level, base, stockGrant, vestYears, bonusPct, null);
  }

  public String companyKey() {
    return Keys.of(company);
  }

  public String levelKey() {
    return Keys.of(level);
  }

  public java.util.Currency currency() {
    return base.currency();
  }

  public BigDecimal bonusPctOrZero() {
    return bonusPct == null ? BigDecimal.ZERO : bonusPct;
  }
}
