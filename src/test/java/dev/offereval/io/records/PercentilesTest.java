package dev.offereval.io.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** PERCENTILE.INC and the roundings of a computed band, each beside a near miss. */
class PercentilesTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void interpolatesBetweenTheValuesEitherSideOfTheRankAsSpreadsheetsDo() {
    // PERCENTILE.INC({1,2,3,4}, 0.3) = 1.9 in any spreadsheet: rank 0.9, 1 + 0.9 x (2 - 1)
    long[] x = {1, 2, 3, 4};
    assertEquals(0, d("1.9").compareTo(Percentiles.inc(x, 4, 30)));
    assertEquals(0, d("1.3").compareTo(Percentiles.inc(x, 4, 10)));
    assertEquals(0, d("1").compareTo(Percentiles.inc(x, 4, 0)));
    assertEquals(0, d("4").compareTo(Percentiles.inc(x, 4, 100)));
    // near miss: the rank lands exactly on a value, nothing to interpolate
    assertEquals(0, d("2").compareTo(Percentiles.inc(new long[] {1, 2, 3}, 3, 50)));
    // only the first n values count
    assertEquals(0, d("1.5").compareTo(Percentiles.inc(new long[] {1, 2, 99, 99}, 2, 50)));
    // one value is every percentile
    assertEquals(0, d("7").compareTo(Percentiles.inc(new long[] {7}, 1, 75)));
  }

  @Test
  void refusesWhatItCannotCompute() {
    assertThrows(IllegalArgumentException.class, () -> Percentiles.inc(new long[0], 0, 25));
    assertThrows(IllegalArgumentException.class, () -> Percentiles.inc(new long[] {1}, 1, 101));
  }

  @Test
  void roundsOnceHalfUpToTheNearestThousand() {
    // cents: 152,500.00 is half-way and goes up; a cent less goes down
    assertEquals(d("153000"), Percentiles.nearestThousand(d("15250000"), 100));
    assertEquals(d("152000"), Percentiles.nearestThousand(d("15249999"), 100));
    // a fraction of a cent from interpolation still rounds from the exact value
    assertEquals(d("153000"), Percentiles.nearestThousand(d("15249999.5").add(d("0.5")), 100));
    assertEquals(d("0"), Percentiles.nearestThousand(d("49999"), 100));
  }

  @Test
  void roundsBonusToTheNearestHalfPoint() {
    // ten-thousandths of a percent: 12.25% is half-way between 12 and 12.5
    assertEquals(d("12.5"), Percentiles.nearestHalf(d("122500"), 10_000));
    assertEquals(d("12"), Percentiles.nearestHalf(d("122499"), 10_000));
    assertEquals(d("14"), Percentiles.nearestHalf(d("137500"), 10_000));
    assertEquals("10", Percentiles.nearestHalf(d("100000"), 10_000).toPlainString());
  }
}
