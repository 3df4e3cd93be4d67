package dev.offereval.model;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A compensation band for one company, role, level and region, as a source states it.
 *
 * @param region stable id such as {@code san-francisco}
 * @param regionName display name such as {@code San Francisco, CA (HQ)}
 * @param stockGrant the grant's value range over {@code vestYears} (the seed's "RSU/4yr")
 * @param statedTotalComp the total-comp range exactly as the source states it; it need not equal
 *     the sum of the components (see {@link #componentTotalComp()})
 * @param sourceFile the data file the band was read from, for messages
 */
public record Band(
    String company,
    String role,
    String level,
    String region,
    String regionName,
    Currency currency,
    MoneyRange base,
    MoneyRange stockGrant,
    int vestYears,
    PercentRange bonusPct,
    MoneyRange statedTotalComp,
    LocalDate asOf,
    List<String> sources,
    String sourceFile) {

  public Band {
    company = Keys.requireText(company, "company");
    role = Keys.requireText(role, "role");
    level = Keys.requireText(level, "level");
    region = Keys.requireText(region, "region");
    regionName = regionName == null || regionName.isBlank() ? region : regionName.trim();
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(stockGrant, "stock-grant");
    Objects.requireNonNull(bonusPct, "bonus-pct");
    Objects.requireNonNull(statedTotalComp, "stated-total-comp");
    Objects.requireNonNull(asOf, "as-of");
    for (MoneyRange r : List.of(base, stockGrant, statedTotalComp)) {
      if (!r.currency().equals(currency)) {
        throw new IllegalArgumentException(
            "range in " + r.currency() + " in a band whose currency is " + currency);
      }
    }
    if (vestYears < 1) {
      throw new IllegalArgumentException("vest-years must be at least 1, was " + vestYears);
    }
    sources = List.copyOf(sources == null ? List.of() : sources);
  }

  public BandKey key() {
    return new BandKey(company, role, level, region);
  }

  public String companyKey() {
    return Keys.of(company);
  }

  public String roleKey() {
    return Keys.of(role);
  }

  public String levelKey() {
    return Keys.of(level);
  }

  public String regionKey() {
    return Keys.of(region);
  }

  /** Annual stock value range: the grant range divided by the vesting years. */
  public MoneyRange stockPerYear() {
    return new MoneyRange(stockGrant.min().dividedBy(vestYears), stockGrant.max().dividedBy(vestYears));
  }

  /** Total comp implied by the components, by {@link TotalComp#annual}: min of all, max of all. */
  public MoneyRange componentTotalComp() {
    return new MoneyRange(
        TotalComp.annual(base.min(), stockGrant.min(), vestYears, bonusPct.min()),
        TotalComp.annual(base.max(), stockGrant.max(), vestYears, bonusPct.max()));
  }

  /** Short, for traces and messages; the fields are all accessible. */
  @Override
  public String toString() {
    return "Band[" + label() + ", " + currency + ", as of " + asOf + "]";
  }

  /** A short label such as {@code Twilio Data Engineer L2 san-francisco}. */
  public String label() {
    return company + " " + role + " " + level + " " + region;
  }
}
