package dev.offereval.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A job offer to evaluate. All of its own amounts share one currency; competing offers may be in
 * others.
 *
 * @param skills skill tags, lower case; the rules infer expertise from them
 * @param vestSchedule how the stock grant vests over {@code vestYears}; null is even, no cliff
 */
public record Offer(
    String offerId,
    String company,
    String role,
    String level,
    String region,
    Money base,
    Money stockGrant,
    int vestYears,
    BigDecimal bonusPct,
    Money signOn,
    SortedSet<String> skills,
    List<CompetingOffer> competing,
    VestSchedule vestSchedule) {

  /** Highest bonus target accepted, in percent. */
  public static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1000);

  /** Longest vesting schedule accepted, in years. */
  public static final int MAX_VEST_YEARS = 10;

  public Offer {
    offerId = Keys.requireText(offerId, "offer_id");
    company = Keys.requireText(company, "company");
    role = Keys.requireText(role, "role");
    level = Keys.requireText(level, "level");
    region = Keys.requireText(region, "region");
    Objects.requireNonNull(base, "base");
    stockGrant = stockGrant == null ? Money.zero(base.currency()) : stockGrant;
    signOn = signOn == null ? Money.zero(base.currency()) : signOn;
    bonusPct = bonusPct == null ? BigDecimal.ZERO : bonusPct;
    requireNonNegative(base, "base");
    requireNonNegative(stockGrant, "stock_grant");
    requireNonNegative(signOn, "sign_on");
    if (!stockGrant.currency().equals(base.currency()) || !signOn.currency().equals(base.currency())) {
      throw new IllegalArgumentException("base, stock_grant and sign_on must share one currency");
    }
    requireVestYears(vestYears, "vest_years");
    requirePercent(bonusPct, "bonus_pct");
    skills = normaliseSkills(skills);
    competing = List.copyOf(competing == null ? List.of() : competing);
    vestSchedule = schedule(vestSchedule, vestYears, "vest_schedule");
  }

  /** An offer whose grant vests evenly over {@code vestYears} with no cliff. */
  public Offer(String offerId, String company, String role, String level, String region, Money base,
      Money stockGrant, int vestYears, BigDecimal bonusPct, Money signOn, SortedSet<String> skills,
      List<CompetingOffer> competing) {
    this(offerId, company, role, level, region, base, stockGrant, vestYears, bonusPct, signOn, skills,
        competing, null);
  }

  static VestSchedule schedule(VestSchedule schedule, int vestYears, String field) {
    if (schedule == null) {
      return VestSchedule.even(vestYears);
    }
    if (schedule.years() != vestYears) {
      throw new IllegalArgumentException(field + " vests over " + schedule.years() + " years but the grant's"
          + " vest years are " + vestYears);
    }
    return schedule;
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

  public BandKey bandKey() {
    return new BandKey(company, role, level, region);
  }

  public java.util.Currency currency() {
    return base.currency();
  }

  public TotalComp totalComp() {
    return TotalComp.of(base, stockGrant, vestYears, bonusPct, signOn);
  }

  public Offer withCompeting(List<CompetingOffer> more) {
    return new Offer(offerId, company, role, level, region, base, stockGrant, vestYears, bonusPct,
        signOn, skills, more, vestSchedule);
  }

  public Offer withSkills(Collection<String> newSkills) {
    return new Offer(offerId, company, role, level, region, base, stockGrant, vestYears, bonusPct,
        signOn, new TreeSet<>(newSkills), competing, vestSchedule);
  }

  static SortedSet<String> normaliseSkills(Collection<String> skills) {
    TreeSet<String> out = new TreeSet<>();
    if (skills != null) {
      for (String s : skills) {
        String k = Keys.of(s);
        if (k != null && !k.isEmpty()) {
          out.add(k);
        }
      }
    }
    return java.util.Collections.unmodifiableSortedSet(out);
  }

  static void requireNonNegative(Money m, String field) {
    if (m.isNegative()) {
      throw new IllegalArgumentException(field + " is negative: " + m.amount().toPlainString());
    }
  }

  static void requireVestYears(int years, String field) {
    if (years < 1 || years > MAX_VEST_YEARS) {
      throw new IllegalArgumentException(
          field + " must be between 1 and " + MAX_VEST_YEARS + ", was " + years);
    }
  }

  static void requirePercent(BigDecimal pct, String field) {
    if (pct.signum() < 0 || pct.compareTo(MAX_PERCENT) > 0) {
      throw new IllegalArgumentException(
          field + " must be between 0 and " + MAX_PERCENT + ", was " + pct.toPlainString());
    }
  }
}
