package dev.offereval.model;

import dev.offereval.model.internal.Keys;
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
    String guide,
    String sourceFile) {

  /**
   * A band, checked.
   *
   * @param company the company, such as {@code Twilio}
   * @param role the role, such as {@code Data Engineer}
   * @param level the company's level, such as {@code L2}
   * @param region stable id such as {@code san-francisco}
   * @param regionName display name such as {@code San Francisco, CA (HQ)}
   * @param currency the currency of every range
   * @param base the base salary range
   * @param stockGrant the grant's value range over {@code vestYears} (the seed's "RSU/4yr")
   * @param vestYears the years the grant vests over, at least 1
   * @param bonusPct the bonus target range in percent
   * @param statedTotalComp the total-comp range exactly as the source states it; it need not equal
   *     the sum of the components (see {@link #componentTotalComp()})
   * @param asOf the date the source states the band for
   * @param sources the sources, as the data names them: when {@code guide} is given, the sources
   *     that guide cites
   * @param guide the negotiation guide whose table the figures are transcribed from, or null when
   *     the data names none
   * @param sourceFile the data file the band was read from, for messages
   * @throws InvalidInputException when company, role, level or region is blank
   * @throws NullPointerException when currency, a range or the as-of date is null
   * @throws IllegalArgumentException when a range is in another currency or vest years are below 1
   */
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
    guide = guide == null || guide.isBlank() ? null : guide.trim();
  }

  /**
   * A band whose data names no guide: its {@code sources} are its own.
   *
   * @param company the company
   * @param role the role
   * @param level the company's level
   * @param region stable region id
   * @param regionName display name of the region
   * @param currency the currency of every range
   * @param base the base salary range
   * @param stockGrant the grant's value range over {@code vestYears}
   * @param vestYears the years the grant vests over
   * @param bonusPct the bonus target range in percent
   * @param statedTotalComp the total-comp range as the source states it
   * @param asOf the date the source states the band for
   * @param sources the sources
   * @param sourceFile the data file the band was read from
   */
  public Band(String company, String role, String level, String region, String regionName, Currency currency,
      MoneyRange base, MoneyRange stockGrant, int vestYears, PercentRange bonusPct, MoneyRange statedTotalComp,
      LocalDate asOf, List<String> sources, String sourceFile) {
    this(company, role, level, region, regionName, currency, base, stockGrant, vestYears, bonusPct, statedTotalComp,
        asOf, sources, null, sourceFile);
  }

  /**
   * What identifies this band.
   *
   * @return company, role, level and region as a key
   */
  public BandKey key() {
    return new BandKey(company, role, level, region);
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
   * The role in lower case with single spaces, for comparing.
   *
   * @return the role key
   */
  public String roleKey() {
    return Keys.of(role);
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
   * The region in lower case with single spaces, for comparing.
   *
   * @return the region key
   */
  public String regionKey() {
    return Keys.of(region);
  }

  /**
   * Annual stock value range: the grant range divided by the vesting years.
   *
   * @return the range per year
   */
  public MoneyRange stockPerYear() {
    return new MoneyRange(stockGrant.min().dividedBy(vestYears), stockGrant.max().dividedBy(vestYears));
  }

  /**
   * Total comp implied by the components, by {@link TotalComp#annual}: min of all, max of all.
   *
   * @return the range
   */
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

  /**
   * A short label such as {@code Twilio Data Engineer L2 san-francisco}.
   *
   * @return the label
   */
  public String label() {
    return company + " " + role + " " + level + " " + region;
  }
}
