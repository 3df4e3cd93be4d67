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
   * very value, scale included, that the DECIMAL128 division gives, found without its costly
   * search for trailing zeros. The rules divide by vesting years on every join, so this matters.
   */
  public static BigDecimal divide(BigDecimal dividend, long divisor) {
    BigDecimal d = BigDecimal.valueOf(divisor);
    if (divisor != 0 && onlyTwosAndFives(Math.abs(divisor))) {
      BigDecimal exact = dividend.divide(d);
      if (exact.precision() <= MathContext.DECIMAL128.getPrecision()) {
        return exact;
      }
    }
    return dividend.divide(d, MathContext.DECIMAL128);
  }

  private static boolean onlyTwosAndFives(long n) {
    while (n % 2 == 0) {
      n /= 2;
    }
    while (n % 5 == 0) {
      n /= 5;
    }
    return n == 1;
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
