package dev.offereval.model;

import dev.offereval.model.internal.Support;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency.
 *
 * <p>Arithmetic keeps full precision ({@link MathContext#DECIMAL128} for division); nothing here
 * rounds to the currency's minor unit. Rounding happens once, at output, through {@link
 * #rounded()}. Adding, subtracting or comparing two amounts in different currencies throws {@link
 * CurrencyMismatchException}: convert one of them with an {@link FxRate} first.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** How output rounds: half up, to the currency's minor unit. */
  public static final RoundingMode OUTPUT_ROUNDING = RoundingMode.HALF_UP;

  /**
   * An amount in a currency.
   *
   * @param amount the amount, at any scale
   * @param currency its currency
   * @throws NullPointerException when either is null
   */
  public Money {
    Objects.requireNonNull(amount, "amount must not be null");
    Objects.requireNonNull(currency, "currency must not be null");
  }

  /**
   * The amount written in {@code amount}, a plain decimal such as {@code 170000} or {@code
   * 95000.50}, parsed exactly (never through a {@code double}).
   *
   * @param amount the decimal text
   * @param currencyCode an ISO 4217 code such as {@code USD}
   * @return the money
   * @throws InvalidInputException when the amount is not a decimal number or the code is not a
   *     currency; the message names the argument and the value
   */
  public static Money of(String amount, String currencyCode) {
    return of(amount, currency(currencyCode));
  }

  /**
   * As {@link #of(String, String)}, with the currency given.
   *
   * @param amount the decimal text
   * @param currency the currency
   * @return the money
   * @throws InvalidInputException when the amount is not a decimal number
   */
  public static Money of(String amount, Currency currency) {
    Objects.requireNonNull(amount, "amount must not be null");
    String text = amount.strip();
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("amount", amount,
          "amount \"" + amount + "\" is not a decimal number (write 170000 or 170000.50)");
    }
    return new Money(value, currency);
  }

  /**
   * A whole amount, such as {@code Money.of(170_000, "USD")}.
   *
   * @param amount the amount in whole units of the currency
   * @param currencyCode an ISO 4217 code
   * @return the money
   * @throws InvalidInputException when the code is not a currency
   */
  public static Money of(long amount, String currencyCode) {
    return new Money(BigDecimal.valueOf(amount), currency(currencyCode));
  }

  /**
   * A whole amount in {@code currency}.
   *
   * @param amount the amount in whole units of the currency
   * @param currency the currency
   * @return the money
   */
  public static Money of(long amount, Currency currency) {
    return new Money(BigDecimal.valueOf(amount), currency);
  }

  /**
   * An amount in the currency with {@code currencyCode}.
   *
   * @param amount the amount
   * @param currencyCode an ISO 4217 code
   * @return the money
   * @throws InvalidInputException when the code is not a currency
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, currency(currencyCode));
  }

  /**
   * An amount in {@code currency}; the same as the constructor.
   *
   * @param amount the amount
   * @param currency the currency
   * @return the money
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  private static Currency currency(String code) {
    Objects.requireNonNull(code, "currency must not be null");
    try {
      return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("currency", code,
          "currency \"" + code + "\" is not an ISO 4217 code (such as USD or GBP)");
    }
  }

  /**
   * Zero in {@code currency}.
   *
   * @param currency the currency
   * @return zero
   */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * This plus {@code other}.
   *
   * @param other an amount in the same currency
   * @return the sum
   * @throws CurrencyMismatchException when {@code other} is in another currency
   */
  public Money plus(Money other) {
    requireSameCurrency(other, "add");
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * This minus {@code other}.
   *
   * @param other an amount in the same currency
   * @return the difference, which may be negative
   * @throws CurrencyMismatchException when {@code other} is in another currency
   */
  public Money minus(Money other) {
    requireSameCurrency(other, "subtract");
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * This times {@code factor}, exactly.
   *
   * @param factor the factor
   * @return the product
   */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  /**
   * This times {@code factor}, exactly.
   *
   * @param factor the factor
   * @return the product
   */
  public Money times(long factor) {
    return times(BigDecimal.valueOf(factor));
  }

  /**
   * This divided by {@code divisor}, to 34 significant digits.
   *
   * @param divisor the divisor, not 0
   * @return the quotient
   * @throws ArithmeticException when {@code divisor} is 0
   */
  public Money dividedBy(long divisor) {
    return new Money(Support.divide(amount, divisor), currency);
  }

  /**
   * This amount times {@code percent}/100, for example a bonus target on a base salary.
   *
   * @param percent the percentage, such as 10 for 10%
   * @return the share
   */
  public Money percent(BigDecimal percent) {
    return new Money(Support.divide(amount.multiply(percent), 100), currency);
  }

  /**
   * How many percent this is above {@code other}: 50 for 150 against 100, negative when below.
   *
   * @param other an amount in the same currency, not zero
   * @return (this / other - 1) x 100, to 34 significant digits before the shift
   * @throws CurrencyMismatchException when {@code other} is in another currency
   */
  public BigDecimal percentAbove(Money other) {
    return ratioTo(other).subtract(BigDecimal.ONE).movePointRight(2);
  }

  /**
   * The ratio this/other, a plain number, to 34 significant digits.
   *
   * @param other an amount in the same currency, not zero
   * @return this divided by {@code other}
   * @throws CurrencyMismatchException when {@code other} is in another currency
   */
  public BigDecimal ratioTo(Money other) {
    requireSameCurrency(other, "divide");
    return amount.divide(other.amount, MathContext.DECIMAL128);
  }

  /**
   * The larger of this and {@code other}; this when they are equal.
   *
   * @param other an amount in the same currency
   * @return the larger amount
   * @throws CurrencyMismatchException when {@code other} is in another currency
   */
  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * The smaller of this and {@code other}; this when they are equal.
   *
   * @param other an amount in the same currency
   * @return the smaller amount
   * @throws CurrencyMismatchException when {@code other} is in another currency
   */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Whether the amount is above zero.
   *
   * @return true when positive
   */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Whether the amount is below zero.
   *
   * @return true when negative
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Whether this is more than {@code other}.
   *
   * @param other an amount in the same currency
   * @return true when greater
   * @throws CurrencyMismatchException when {@code other} is in another currency
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Whether this is less than {@code other}.
   *
   * @param other an amount in the same currency
   * @return true when less
   * @throws CurrencyMismatchException when {@code other} is in another currency
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * This amount rounded down to a multiple of {@code step}, a figure a candidate can say
   * ($16,500 rather than $16,666.67); unchanged when {@code step} is not positive.
   *
   * @param step the multiple, in this currency
   * @return the rounded-down amount
   */
  public Money roundedDownTo(BigDecimal step) {
    if (step.signum() <= 0) {
      return this;
    }
    return new Money(amount.divide(step, 0, java.math.RoundingMode.FLOOR).multiply(step), currency);
  }

  /**
   * Rounded once, half up, to the currency's minor unit (two places for USD and GBP).
   *
   * @return the rounded amount
   */
  public BigDecimal rounded() {
    int scale = Math.max(currency.getDefaultFractionDigits(), 0);
    return amount.setScale(scale, OUTPUT_ROUNDING);
  }

  /**
   * Sums amounts that must all be in {@code currency}; an empty collection sums to zero.
   *
   * @param currency the currency of the sum
   * @param amounts the amounts
   * @return the sum
   * @throws CurrencyMismatchException when an amount is in another currency
   */
  public static Money sum(Currency currency, Collection<Money> amounts) {
    Money total = zero(currency);
    for (Money m : amounts) {
      total = total.plus(m);
    }
    return total;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other, "compare");
    return amount.compareTo(other.amount);
  }

  /** Equal when the currency and the numeric value agree: 100 USD equals 100.00 USD. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  /**
   * Consistent with {@link #equals}: equal amounts of any scale give the same correctly rounded
   * double. Cheaper than hashing the amount with its trailing zeros stripped, which allocates;
   * the rules' truth maintenance hashes facts that hold money on every logical insert.
   */
  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + Double.hashCode(amount.doubleValue());
  }

  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }

  private void requireSameCurrency(Money other, String operation) {
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(
          "cannot " + operation + " " + this + " and " + other + " without an FX conversion");
    }
  }
}
