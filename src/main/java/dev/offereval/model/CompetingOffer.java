package dev.offereval.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An offer from another company that the candidate holds.
 *
 * @param bonusPct the bonus target in percent, or null when unknown (counted as 0 in its total)
 */
public record CompetingOffer(
    String company, String level, Money base, Money stockGrant, int vestYears, BigDecimal bonusPct) {

  public CompetingOffer {
    company = Keys.requireText(company, "competing_company");
    level = level == null || level.isBlank() ? null : level.trim();
    Objects.requireNonNull(base, "competing_base");
    stockGrant = stockGrant == null ? Money.zero(base.currency()) : stockGrant;
    Offer.requireNonNegative(base, "competing_base");
    Offer.requireNonNegative(stockGrant, "competing_stock_grant");
    if (!stockGrant.currency().equals(base.currency())) {
      throw new IllegalArgumentException("competing_stock_grant is not in the competing base's currency");
    }
    Offer.requireVestYears(vestYears, "competing vest years");
    if (bonusPct != null) {
      Offer.requirePercent(bonusPct, "competing_bonus_pct");
    }
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
