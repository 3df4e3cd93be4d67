package dev.offereval.model.internal;

import dev.offereval.model.InvalidInputException;
import dev.offereval.model.VestSchedule;
import java.math.BigDecimal;
import java.math.MathContext;

/** Arithmetic and checks that the model's records and the rules' facts share. Internal. */
public final class Support {
  private Support() {}

  /**
   * {@code dividend / divisor} to {@link MathContext#DECIMAL128}. A divisor made only of twos and
   * fives (2, 4, 5, 10, 100, ...) divides exactly; when that quotient fits in 34 digits it is the
   * very value, scale included, that the DECIMAL128 division gives. It is found as a product and a
   * shift of the decimal point ({@code x / 4 = x * 25 / 100}), not by {@link
   * BigDecimal#divide(BigDecimal)}, which widens the dividend to a large precision, divides it as a
   * big integer and then strips the zeros it added one division by ten at a time: the rules divide
   * by vesting years and take percentages on every join, so this matters.
   */
  public static BigDecimal divide(BigDecimal dividend, long divisor) {
    if (divisor != 0 && divisor != Long.MIN_VALUE) {
      BigDecimal exact = exactQuotient(dividend, Math.abs(divisor));
      if (exact != null && exact.precision() <= MathContext.DECIMAL128.getPrecision()) {
        return divisor < 0 ? exact.negate() : exact;
      }
    }
    return dividend.divide(BigDecimal.valueOf(divisor), MathContext.DECIMAL128);
  }

  /** Most tens a divisor of twos and fives is turned into: 5^18 still fits in a long. */
  private static final int MAX_TENS = 18;

  /**
   * {@code dividend / divisor} exactly, at the scale {@link BigDecimal#divide(BigDecimal)} gives
   * it (the dividend's scale, or more when the quotient needs more digits); null when {@code
   * divisor} (positive) is not made only of twos and fives, or is too large to shift.
   */
  private static BigDecimal exactQuotient(BigDecimal dividend, long divisor) {
    int twos = Long.numberOfTrailingZeros(divisor);
    long n = divisor >>> twos;
    int fives = 0;
    while (n % 5 == 0) {
      n /= 5;
      fives++;
    }
    int tens = Math.max(twos, fives);
    if (n != 1 || tens > MAX_TENS) {
      return null;
    }
    int scale = dividend.scale();
    if (dividend.signum() == 0) {
      return BigDecimal.valueOf(0, scale);
    }
    // divisor = 10^tens / factor, factor = 2^(tens - twos) * 5^(tens - fives)
    long factor = (1L << (tens - twos)) * powerOfFive(tens - fives);
    BigDecimal shifted = dividend.multiply(BigDecimal.valueOf(factor)).movePointLeft(tens).stripTrailingZeros();
    return shifted.scale() < scale ? shifted.setScale(scale) : shifted;
  }

  private static long powerOfFive(int exponent) {
    long p = 1;
    for (int i = 0; i < exponent; i++) {
      p *= 5;
    }
    return p;
  }

  /**
   * {@code schedule}, or an even one over {@code vestYears} when null.
   *
   * @param schedule the schedule given, or null
   * @param vestYears the grant's vest years
   * @param field the field named in the error
   * @return the schedule
   * @throws InvalidInputException when the schedule vests over another number of years
   */
  public static VestSchedule vestSchedule(VestSchedule schedule, int vestYears, String field) {
    if (schedule == null) {
      return VestSchedule.even(vestYears);
    }
    if (schedule.years() != vestYears) {
      throw new InvalidInputException(field, String.valueOf(schedule.years()), field + " vests over "
          + schedule.years() + " years but the grant's vest years are " + vestYears);
    }
    return schedule;
  }
}
