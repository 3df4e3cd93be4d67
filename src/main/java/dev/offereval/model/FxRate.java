package dev.offereval.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * One unit of {@code from} buys {@code rate} units of {@code to}, as of a date, from a source.
 * Identity rates (USD to USD at 1) and inverses of the rates in data are derived on loading, so a
 * rule can always ask for a rate from one currency to another.
 *
 * @param from the currency converted from
 * @param to the currency converted to
 * @param rate units of {@code to} for one of {@code from}; positive
 * @param asOf the date of the quote, or null
 * @param source where the rate comes from, or null
 * @param placeholder whether data marks the rate as a placeholder rather than a real quote
 */
public record FxRate(Currency from, Currency to, BigDecimal rate, LocalDate asOf, String source, boolean placeholder) {
  /** Most decimals a rate is shown with; the derived inverse of 1.27 has 34. */
  private static final int SHOWN_DECIMALS = 6;

  /**
   * A rate from data that is a real quote ({@code placeholder: false}).
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param rate units of {@code to} for one of {@code from}; positive
   * @param asOf the date of the quote, or null
   * @param source where the rate comes from, or null
   */
  public FxRate(Currency from, Currency to, BigDecimal rate, LocalDate asOf, String source) {
    this(from, to, rate, asOf, source, false);
  }

  /**
   * A rate, checked.
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param rate units of {@code to} for one of {@code from}; positive
   * @param asOf the date of the quote, or null
   * @param source where the rate comes from, or null
   * @param placeholder whether data marks the rate as a placeholder rather than a real quote
   * @throws NullPointerException when a currency or the rate is null
   * @throws IllegalArgumentException when the rate is not positive
   */
  public FxRate {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rate, "rate");
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("rate must be positive, was " + rate.toPlainString());
    }
  }

  /**
   * The rate of 1 from {@code currency} to itself.
   *
   * @param currency the currency
   * @return the identity rate
   */
  public static FxRate identity(Currency currency) {
    return new FxRate(currency, currency, BigDecimal.ONE, null, "identity");
  }

  /**
   * Whether this converts a currency to itself.
   *
   * @return true when {@code from} equals {@code to}
   */
  public boolean isIdentity() {
    return from.equals(to);
  }

  /**
   * The rate the other way round, with the same date and a source that says it is derived.
   *
   * @return the inverse rate
   */
  public FxRate inverse() {
    return new FxRate(
        to, from, BigDecimal.ONE.divide(rate, MathContext.DECIMAL128), asOf, "inverse of " + source, placeholder);
  }

  /**
   * {@code money} in {@code to}.
   *
   * @param money an amount in {@code from}
   * @return the amount times the rate, in {@code to}
   * @throws CurrencyMismatchException when {@code money} is not in {@code from}
   */
  public Money convert(Money money) {
    if (!money.currency().equals(from)) {
      throw new CurrencyMismatchException("rate " + this + " cannot convert " + money);
    }
    return new Money(money.amount().multiply(rate), to);
  }

  /**
   * The rate for people, with its date and source: {@code 1 USD = 0.8 GBP as of 2026-02-01
   * (source: ...)}; the rate is rounded to six decimals for showing only.
   *
   * @return the description
   */
  public String describe() {
    return describe(true);
  }

  /**
   * As {@link #describe()}, with or without the source.
   *
   * @param withSource whether to name the source
   * @return the description
   */
  public String describe(boolean withSource) {
    BigDecimal shown = rate.setScale(Math.min(rate.scale(), SHOWN_DECIMALS), java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return "1 " + from + " = " + (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString() + " " + to
        + (asOf == null ? "" : " as of " + asOf) + (withSource && source != null ? " (source: " + source + ")" : "");
  }

  @Override
  public String toString() {
    return "1 " + from + " = " + rate.toPlainString() + " " + to + (asOf == null ? "" : " (" + asOf + ")");
  }
}
