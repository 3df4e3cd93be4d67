package dev.offereval.model.internal;

import dev.offereval.model.PackageValue;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The policy numbers of {@code data/policy.yaml}, typed and checked when the data loads: one fact
 * in every session, whose fields the rules read ({@code Policy( $n : comparisonYears )}).
 *
 * <p>Each number has the range the code honours ({@link Key}); loading refuses a value outside
 * it with the file and line, so a value the rules cannot use never reaches them.
 *
 * @param marketDemandMinPremiumPct a peer's competing offer holds the market-demand lever when it
 *     beats the offer by more than this percentage
 * @param comparisonYears the comparison view: packages compare by their average value over their
 *     first N years
 * @param counterMinMovePct the least a counter must add, in percent of the offer's value per year
 * @param counterRoundDownTo the step given-back and sign-on figures are rounded down to
 * @param counterMinSignOnPct the least sign-on worth asking for, in percent of the counter's base
 * @param bandStaleAfterMonths a band older than this on the evaluation date is stale
 * @param bandMinDivisor a base or grant below its band minimum divided by this is implausible
 * @param bandMaxMultiple a base, grant or bonus above its band maximum times this is implausible
 * @param minBonusPct a bonus target above 0 and under this looks like a fraction
 * @param maxUpliftPct a counter raising annual total comp by more than this percentage is implausible
 * @param roundsAcceptMinGapClosedPct a later round's revision that closes at least this share (in
 *     percent) of the gap between the previous offer and the previous ask, in value per year, is accepted
 * @param roundsComponentMovedMinPct a component of a later round's revision counts as moved when its
 *     change alone closed at least this share (in percent) of the gap to the previous ask
 * @param roundsMaxSignOnPct a later round's trade covers the rest with a sign-on only up to this
 *     percentage of the revised base; above it, with stock
 */
public record Policy(
    BigDecimal marketDemandMinPremiumPct,
    int comparisonYears,
    BigDecimal counterMinMovePct,
    BigDecimal counterRoundDownTo,
    BigDecimal counterMinSignOnPct,
    int bandStaleAfterMonths,
    BigDecimal bandMinDivisor,
    BigDecimal bandMaxMultiple,
    BigDecimal minBonusPct,
    BigDecimal maxUpliftPct,
    BigDecimal roundsAcceptMinGapClosedPct,
    BigDecimal roundsComponentMovedMinPct,
    BigDecimal roundsMaxSignOnPct) {

  /**
   * A number of {@code policy.yaml}: its key, and the range the code honours, ends included. A
   * whole number takes no fraction.
   */
  public enum Key {
    MARKET_DEMAND_MIN_PREMIUM_PCT("market-demand.min-premium-pct", "0", "1000", false,
        "a percentage a peer's offer must beat this one by"),
    COMPARISON_AVERAGE_OVER_YEARS("comparison.average-over-years", "1", String.valueOf(PackageValue.YEARS), true,
        "the years a package is laid out over"),
    COUNTER_MIN_MOVE_PCT("counter.min-move-pct", "0", "100", false, "a percentage of the offer's value"),
    COUNTER_ROUND_DOWN_TO("counter.round-down-to", "0.01", "1000000", false,
        "a step in the currency's units; 0 would leave nothing to round to"),
    COUNTER_MIN_SIGN_ON_PCT("counter.min-sign-on-pct", "0", "100", false, "a percentage of the counter's base"),
    BAND_STALE_AFTER_MONTHS("band.stale-after-months", "1", "1200", true, "months"),
    PLAUSIBILITY_BAND_MIN_DIVISOR("plausibility.band-min-divisor", "1", "1000", false,
        "a divisor of the band minimum; below 1 it would flag figures inside the band"),
    PLAUSIBILITY_BAND_MAX_MULTIPLE("plausibility.band-max-multiple", "1", "1000", false,
        "a multiple of the band maximum; below 1 it would flag figures inside the band"),
    PLAUSIBILITY_MIN_BONUS_PCT("plausibility.min-bonus-pct", "0", "100", false, "a bonus percentage"),
    PLAUSIBILITY_MAX_UPLIFT_PCT("plausibility.max-uplift-pct", "0", "10000", false, "a percentage of the offer"),
    ROUNDS_ACCEPT_MIN_GAP_CLOSED_PCT("rounds.accept-min-gap-closed-pct", "1", "100", false,
        "a percentage of the gap to the previous ask; 0 would accept a revision that moved nothing"),
    ROUNDS_COMPONENT_MOVED_MIN_PCT("rounds.component-moved-min-pct", "1", "100", false,
        "a percentage of the gap to the previous ask; 0 would count a component that stood still as moved"),
    ROUNDS_MAX_SIGN_ON_PCT("rounds.max-sign-on-pct", "0", "1000", false,
        "a percentage of the revised base; 0 covers every trade with stock");

    private final String key;
    private final BigDecimal min;
    private final BigDecimal max;
    private final boolean whole;
    private final String unit;

    Key(String key, String min, String max, boolean whole, String unit) {
      this.key = key;
      this.min = new BigDecimal(min);
      this.max = new BigDecimal(max);
      this.whole = whole;
      this.unit = unit;
    }

    /** The key {@code policy.yaml} names it by. */
    public String key() {
      return key;
    }

    /** The smallest value the code honours. */
    public BigDecimal min() {
      return min;
    }

    /** The largest value the code honours. */
    public BigDecimal max() {
      return max;
    }

    /** Whether the value must be a whole number. */
    public boolean whole() {
      return whole;
    }

    /** The number named by {@code key}, or null. */
    public static Key byKey(String key) {
      for (Key n : values()) {
        if (n.key.equals(key)) {
          return n;
        }
      }
      return null;
    }

    /**
     * Why {@code value} cannot be used for this number, or null when it can.
     *
     * @param value the value as loaded
     * @return the reason, naming the range
     */
    public String refusal(BigDecimal value) {
      boolean fraction = whole && value.stripTrailingZeros().scale() > 0;
      if (!fraction && value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
        return null;
      }
      return key + " must be " + range() + ", got " + value.toPlainString();
    }

    /** The range in words: "a whole number from 1 to 4 (the years a package is laid out over)". */
    public String range() {
      return (whole ? "a whole number" : "a number") + " from " + min.toPlainString() + " to " + max.toPlainString()
          + " (" + unit + ")";
    }
  }

  /** Checks every value against its range; see {@link Key#refusal}. */
  public Policy {
    check(Key.MARKET_DEMAND_MIN_PREMIUM_PCT, marketDemandMinPremiumPct);
    check(Key.COMPARISON_AVERAGE_OVER_YEARS, BigDecimal.valueOf(comparisonYears));
    check(Key.COUNTER_MIN_MOVE_PCT, counterMinMovePct);
    check(Key.COUNTER_ROUND_DOWN_TO, counterRoundDownTo);
    check(Key.COUNTER_MIN_SIGN_ON_PCT, counterMinSignOnPct);
    check(Key.BAND_STALE_AFTER_MONTHS, BigDecimal.valueOf(bandStaleAfterMonths));
    check(Key.PLAUSIBILITY_BAND_MIN_DIVISOR, bandMinDivisor);
    check(Key.PLAUSIBILITY_BAND_MAX_MULTIPLE, bandMaxMultiple);
    check(Key.PLAUSIBILITY_MIN_BONUS_PCT, minBonusPct);
    check(Key.PLAUSIBILITY_MAX_UPLIFT_PCT, maxUpliftPct);
    check(Key.ROUNDS_ACCEPT_MIN_GAP_CLOSED_PCT, roundsAcceptMinGapClosedPct);
    check(Key.ROUNDS_COMPONENT_MOVED_MIN_PCT, roundsComponentMovedMinPct);
    check(Key.ROUNDS_MAX_SIGN_ON_PCT, roundsMaxSignOnPct);
  }

  private static void check(Key n, BigDecimal value) {
    Objects.requireNonNull(value, n.key());
    String why = n.refusal(value);
    if (why != null) {
      throw new IllegalArgumentException(why);
    }
  }

  /**
   * The policy of {@code values}, one for every {@link Key}.
   *
   * @throws IllegalArgumentException when one is missing or out of its range
   */
  public static Policy of(Map<Key, BigDecimal> values) {
    Map<Key, BigDecimal> v = new EnumMap<>(Key.class);
    v.putAll(values);
    for (Key n : Key.values()) {
      if (!v.containsKey(n)) {
        throw new IllegalArgumentException("policy number " + n.key() + " is required");
      }
    }
    return new Policy(
        v.get(Key.MARKET_DEMAND_MIN_PREMIUM_PCT),
        whole(Key.COMPARISON_AVERAGE_OVER_YEARS, v),
        v.get(Key.COUNTER_MIN_MOVE_PCT),
        v.get(Key.COUNTER_ROUND_DOWN_TO),
        v.get(Key.COUNTER_MIN_SIGN_ON_PCT),
        whole(Key.BAND_STALE_AFTER_MONTHS, v),
        v.get(Key.PLAUSIBILITY_BAND_MIN_DIVISOR),
        v.get(Key.PLAUSIBILITY_BAND_MAX_MULTIPLE),
        v.get(Key.PLAUSIBILITY_MIN_BONUS_PCT),
        v.get(Key.PLAUSIBILITY_MAX_UPLIFT_PCT),
        v.get(Key.ROUNDS_ACCEPT_MIN_GAP_CLOSED_PCT),
        v.get(Key.ROUNDS_COMPONENT_MOVED_MIN_PCT),
        v.get(Key.ROUNDS_MAX_SIGN_ON_PCT));
  }

  private static int whole(Key n, Map<Key, BigDecimal> v) {
    String why = n.refusal(v.get(n));
    if (why != null) {
      throw new IllegalArgumentException(why);
    }
    return v.get(n).intValueExact();
  }

  /** The value of {@code key}. */
  public BigDecimal value(Key key) {
    return switch (key) {
      case MARKET_DEMAND_MIN_PREMIUM_PCT -> marketDemandMinPremiumPct;
      case COMPARISON_AVERAGE_OVER_YEARS -> BigDecimal.valueOf(comparisonYears);
      case COUNTER_MIN_MOVE_PCT -> counterMinMovePct;
      case COUNTER_ROUND_DOWN_TO -> counterRoundDownTo;
      case COUNTER_MIN_SIGN_ON_PCT -> counterMinSignOnPct;
      case BAND_STALE_AFTER_MONTHS -> BigDecimal.valueOf(bandStaleAfterMonths);
      case PLAUSIBILITY_BAND_MIN_DIVISOR -> bandMinDivisor;
      case PLAUSIBILITY_BAND_MAX_MULTIPLE -> bandMaxMultiple;
      case PLAUSIBILITY_MIN_BONUS_PCT -> minBonusPct;
      case PLAUSIBILITY_MAX_UPLIFT_PCT -> maxUpliftPct;
      case ROUNDS_ACCEPT_MIN_GAP_CLOSED_PCT -> roundsAcceptMinGapClosedPct;
      case ROUNDS_COMPONENT_MOVED_MIN_PCT -> roundsComponentMovedMinPct;
      case ROUNDS_MAX_SIGN_ON_PCT -> roundsMaxSignOnPct;
    };
  }

  /** The comparison view as the package value's methods take it. */
  public BigDecimal comparisonView() {
    return BigDecimal.valueOf(comparisonYears);
  }
}
