package dev.offereval.model;

import dev.offereval.model.internal.Support;
import dev.offereval.model.internal.Words;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a stock grant vests: evenly over {@code years} (the default), or by explicit yearly
 * percentages such as {@code 5/15/40/40}, with an optional cliff in months before which nothing
 * vests.
 *
 * <p>Within a year a grant is taken to vest in equal monthly steps. At the cliff, everything that
 * would have vested before it vests at once; so a cliff of up to 12 months leaves the yearly
 * amounts as they are (it only means leaving early forfeits the first year), and a longer cliff
 * moves the first year's stock into the year the cliff ends.
 *
 * <p>Written as text (CSV column {@code vest_schedule}, flag {@code --vest-schedule}): blank or
 * {@code even} for an even schedule over the vest years, or yearly percentages separated by
 * {@code /} that sum to 100; either may end in {@code cliff N} or {@code cliff Nm} (months).
 *
 * @param years the years the grant vests over
 * @param yearlyPct the percentage vesting in each year, empty for an even schedule
 * @param cliffMonths months before anything vests; 0 for none
 */
public record VestSchedule(int years, List<BigDecimal> yearlyPct, int cliffMonths) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern CLIFF = Pattern.compile("(?i)^(.*?)\\s*,?\\s*cliff\\s+(\\d{1,3})\\s*(m|months?)?\\s*$");

  /**
   * A schedule, checked; {@code yearlyPct} is copied.
   *
   * @param years the years the grant vests over
   * @param yearlyPct the percentage vesting in each year, empty or null for an even schedule
   * @param cliffMonths months before anything vests; 0 for none
   * @throws IllegalArgumentException when the percentages are not one a year, are negative or do not
   *     sum to 100, or the cliff is outside the vesting period
   * @throws InvalidInputException when {@code years} is out of range
   */
  public VestSchedule {
    yearlyPct = List.copyOf(yearlyPct == null ? List.of() : yearlyPct);
    if (!yearlyPct.isEmpty() && yearlyPct.size() != years) {
      throw new IllegalArgumentException("gives " + yearlyPct.size() + " yearly percentages for a grant over "
          + years + " years");
    }
    Offer.requireVestYears(years, "vest years");
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal p : yearlyPct) {
      if (p.signum() < 0) {
        throw new IllegalArgumentException("has a negative yearly percentage: " + p.toPlainString());
      }
      sum = sum.add(p);
    }
    if (!yearlyPct.isEmpty() && sum.compareTo(HUNDRED) != 0) {
      throw new IllegalArgumentException("yearly percentages sum to " + sum.stripTrailingZeros().toPlainString()
          + ", not 100");
    }
    if (cliffMonths < 0 || cliffMonths > 12 * years) {
      throw new IllegalArgumentException("cliff of " + cliffMonths + " months is outside 0 to " + 12 * years
          + " (the vesting period)");
    }
  }

  /**
   * Even vesting over {@code years}, no cliff.
   *
   * @param years the years the grant vests over
   * @return the schedule
   */
  public static VestSchedule even(int years) {
    return new VestSchedule(years, List.of(), 0);
  }

  /**
   * Reads a schedule as written in a CSV cell or a flag. {@code vestYears}, when not null, is the
   * grant's vest years as given separately; yearly percentages must agree with it.
   *
   * @param text the schedule, such as {@code even}, {@code 5/15/40/40} or {@code 25/25/25/25 cliff 12m};
   *     null or blank is even
   * @param vestYears the grant's vest years, or null when not given
   * @param defaultYears the years an even schedule vests over when {@code vestYears} is null
   * @return the schedule
   * @throws IllegalArgumentException naming the text and what is wrong with it
   */
  public static VestSchedule parse(String text, Integer vestYears, int defaultYears) {
    String t = text == null ? "" : text.strip();
    int cliff = 0;
    Matcher m = CLIFF.matcher(t);
    if (m.matches()) {
      cliff = Integer.parseInt(m.group(2));
      t = m.group(1).strip();
    }
    int years = vestYears != null ? vestYears : defaultYears;
    if (t.isEmpty() || t.toLowerCase(Locale.ROOT).equals("even")) {
      return new VestSchedule(years, List.of(), cliff);
    }
    List<BigDecimal> pct = new ArrayList<>();
    for (String part : t.split("/", -1)) {
      String p = part.strip().replace("%", "");
      if (!p.matches("\\d{1,3}(\\.\\d{1,4})?")) {
        throw new IllegalArgumentException("\"" + text + "\" is not a vesting schedule: write yearly percentages"
            + " such as 5/15/40/40 or 25/25/25/25 cliff 12m, or even");
      }
      pct.add(new BigDecimal(p));
    }
    if (vestYears != null && vestYears != pct.size()) {
      throw new IllegalArgumentException("\"" + text + "\" gives " + pct.size() + " yearly percentages but the"
          + " grant vests over " + vestYears + " years");
    }
    return new VestSchedule(pct.size(), pct, cliff);
  }

  /**
   * Whether the grant vests evenly over its years.
   *
   * @return true when no yearly percentages are given
   */
  public boolean isEven() {
    return yearlyPct.isEmpty();
  }

  /**
   * The fraction of the grant vesting in year {@code year} (1-based), the cliff applied.
   *
   * @param year the year, from 1
   * @return the fraction; 0 outside the vesting period or before the cliff
   */
  public BigDecimal fractionInYear(int year) {
    if (year < 1 || year > years || 12 * year < cliffMonths) {
      return BigDecimal.ZERO;
    }
    if (12 * (year - 1) < cliffMonths) {
      BigDecimal through = BigDecimal.ZERO;
      for (int k = 1; k <= year; k++) {
        through = through.add(share(k));
      }
      return through;
    }
    return share(year);
  }

  /**
   * The stock from {@code grant} vesting in year {@code year} (1-based).
   *
   * @param grant the whole grant
   * @param year the year, from 1
   * @return the stock vesting that year
   */
  public Money vestingInYear(Money grant, int year) {
    if (isEven() && cliffMonths <= 12) {
      return year >= 1 && year <= years ? grant.dividedBy(years) : Money.zero(grant.currency());
    }
    return grant.times(fractionInYear(year));
  }

  private BigDecimal share(int year) {
    return isEven()
        ? BigDecimal.ONE.divide(BigDecimal.valueOf(years), MathContext.DECIMAL128)
        : Support.divide(yearlyPct.get(year - 1), 100);
  }

  /**
   * This schedule's shape over another number of years: the same cliff, even if this is even.
   *
   * @param newYears the years to vest over
   * @return the schedule over {@code newYears}
   */
  public VestSchedule withYears(int newYears) {
    return newYears == years ? this : new VestSchedule(newYears, List.of(), Math.min(cliffMonths, 12 * newYears));
  }

  /**
   * Canonical text: {@code even over 4 years}, {@code 5/15/40/40 over 4 years, 12-month cliff}.
   *
   * @return the description
   */
  public String describe() {
    return shape("even") + " over " + years + (years == 1 ? " year" : " years")
        + (cliffMonths > 0 ? ", " + cliffMonths + "-month cliff" : "");
  }

  /**
   * The schedule as a sentence says it, for scripts and talking points: {@code evenly over three
   * years}, {@code 5/15/40/40 over four years}, {@code evenly over four years with an 18-month
   * cliff}.
   *
   * @return the words
   */
  public String spoken() {
    return shape("evenly") + " over " + Words.cardinal(years) + (years == 1 ? " year" : " years")
        + (cliffMonths > 0 ? " with " + Words.article(cliffMonths) + " " + cliffMonths + "-month cliff" : "");
  }

  /**
   * The text {@link #parse} reads back: {@code even}, {@code 5/15/40/40 cliff 12m}.
   *
   * @return the text
   */
  public String text() {
    return shape("even") + (cliffMonths > 0 ? " cliff " + cliffMonths + "m" : "");
  }

  /** {@code even} (in the caller's word) or the yearly percentages, {@code 5/15/40/40}. */
  private String shape(String even) {
    return isEven() ? even : String.join("/", yearlyPct.stream()
        .map(p -> p.stripTrailingZeros().toPlainString()).toList());
  }

  @Override
  public String toString() {
    return describe();
  }

  /**
   * Equal schedules vest the same fractions: {@code 25/25/25/25} vests like even over 4 years.
   *
   * @param other another schedule
   * @return true when both vest the same fraction every year
   * @throws NullPointerException when {@code other} is null
   */
  public boolean vestsLike(VestSchedule other) {
    Objects.requireNonNull(other, "other");
    if (years != other.years || cliffMonths != other.cliffMonths) {
      return false;
    }
    for (int y = 1; y <= years; y++) {
      if (fractionInYear(y).compareTo(other.fractionInYear(y)) != 0) {
        return false;
      }
    }
    return true;
  }
}
