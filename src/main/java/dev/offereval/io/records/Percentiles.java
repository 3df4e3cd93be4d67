package dev.offereval.io.records;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentiles as spreadsheets' {@code PERCENTILE.INC} works them out, exactly, and the roundings a
 * computed band states them at. Values are whole numbers of small units (see {@link
 * CompensationRecord}); nothing passes through a double.
 */
public final class Percentiles {
  private Percentiles() {}

  /**
   * {@code PERCENTILE.INC} of the first {@code n} values of {@code sorted} (ascending, n at least 1)
   * at {@code percent} (0 to 100): the rank {@code h = (n - 1) * percent / 100}, and between the
   * values either side of it a straight line, {@code x[floor h] + (h - floor h) * (x[floor h + 1] -
   * x[floor h])}.
   */
  public static BigDecimal inc(long[] sorted, int n, int percent) {
    if (n < 1 || percent < 0 || percent > 100) {
      throw new IllegalArgumentException("PERCENTILE.INC needs values and a percent from 0 to 100");
    }
    long rank = (long) (n - 1) * percent;
    int low = (int) (rank / 100);
    int hundredths = (int) (rank % 100);
    BigDecimal value = BigDecimal.valueOf(sorted[low]);
    if (hundredths == 0) {
      return value;
    }
    return value.add(BigDecimal.valueOf(sorted[low + 1] - sorted[low]).multiply(BigDecimal.valueOf(hundredths, 2)));
  }

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  /** {@code units / divisor} rounded once, half up, to the nearest 1,000. */
  public static BigDecimal nearestThousand(BigDecimal units, long divisor) {
    return units.divide(BigDecimal.valueOf(divisor).multiply(THOUSAND), 0, RoundingMode.HALF_UP).multiply(THOUSAND);
  }

  private static final BigDecimal HALF = new BigDecimal("0.5");

  /** {@code units / divisor} rounded once, half up, to the nearest half (12.25 is 12.5, 12.24 is 12). */
  public static BigDecimal nearestHalf(BigDecimal units, long divisor) {
    BigDecimal halves = units.divide(BigDecimal.valueOf(divisor).multiply(HALF), 0, RoundingMode.HALF_UP);
    BigDecimal value = halves.multiply(HALF);
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros().scale() < 0
        ? value.setScale(0) : value.stripTrailingZeros();
  }
}
