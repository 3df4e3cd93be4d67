package dev.offereval.model;

import dev.offereval.model.internal.Support;
import dev.offereval.model.internal.Keys;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An offer from another company that the candidate holds.
 *
 * @param bonusPct the bonus target in percent, or null when unknown: comparisons with it are then
 *     made before bonus on both sides, and say so
 * @param vestSchedule how its grant vests over {@code vestYears}; null is even, no cliff
 * @param vestingAssumed whether its vesting is this tool's default, even over four years, because the
 *     candidate gave neither years nor a schedule; the reports then say so, since it was not
 *     offered that way (false, the default when absent from JSON, is vesting as given)
 */
public record CompetingOffer(
    String company, String level, Money base, Money stockGrant, int vestYears, BigDecimal bonusPct,
    VestSchedule vestSchedule, boolean vestingAssumed) {

  /**
   * A competing offer, checked.
   *
   * @param company the competing company; required
   * @param level its level, or null
   * @param base the base salary; required, not negative
   * @param stockGrant the stock grant over {@code vestYears}; null is zero
   * @param vestYears the years the grant vests over
   * @param bonusPct the bonus target in percent, or null when unknown: comparisons with it are then
   *     made before bonus on both sides, and say so
   * @param vestSchedule how its grant vests over {@code vestYears}; null is even, no cliff
   * @param vestingAssumed whether its vesting is the default rather than given
   * @throws InvalidInputException naming the field and the value when the company or base is missing,
   *     an amount is negative, the grant is in another currency than the base, vest years are out of
   *     range, the bonus is not a percentage, or the schedule vests over other years
   */
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
    vestSchedule = Support.vestSchedule(vestSchedule, vestYears, "competing_vest_schedule");
  }

  /**
   * A competing offer whose vesting the caller gives: {@code vestYears}, on {@code vestSchedule}.
   *
   * @param company the competing company
   * @param level its level, or null
   * @param base the base salary
   * @param stockGrant the stock grant over {@code vestYears}, or null for none
   * @param vestYears the years the grant vests over
   * @param bonusPct the bonus target in percent, or null when unknown
   * @param vestSchedule how its grant vests over {@code vestYears}; null is even, no cliff
   */
  public CompetingOffer(String company, String level, Money base, Money stockGrant, int vestYears,
      BigDecimal bonusPct, VestSchedule vestSchedule) {
    this(company, level, base, stockGrant, vestYears, bonusPct, vestSchedule, false);
  }

  /**
   * A competing offer whose grant vests evenly over {@code vestYears} with no cliff.
   *
   * @param company the competing company
   * @param level its level, or null
   * @param base the base salary
   * @param stockGrant the stock grant over {@code vestYears}, or null for none
   * @param vestYears the years the grant vests over
   * @param bonusPct the bonus target in percent, or null when unknown
   */
  public CompetingOffer(String company, String level, Money base, Money stockGrant, int vestYears,
      BigDecimal bonusPct) {
    this(company, level, base, stockGrant, vestYears, bonusPct, null);
  }

  /**
   * The company in lower case with single spaces, for comparing.
   *
   * @return the company key
   */
  public String companyKey() {
    return Keys.of(company);
  }

  /**
   * The level in lower case with single spaces, for comparing.
   *
   * @return the level key
   */
  public String levelKey() {
    return Keys.of(level);
  }

  /**
   * The currency of its figures: its base's.
   *
   * @return the currency
   */
  public java.util.Currency currency() {
    return base.currency();
  }

  /**
   * The bonus target, or 0 when unknown.
   *
   * @return the bonus target in percent
   */
  public BigDecimal bonusPctOrZero() {
    return bonusPct == null ? BigDecimal.ZERO : bonusPct;
  }
}
