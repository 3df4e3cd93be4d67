package dev.offereval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A package's years: the stock of each is what its schedule vests that year. An even grant is
 * divided once and its share used for each of its years; every schedule gives, year by year, what
 * {@link VestSchedule#vestingInYear} says.
 */
class PackageValueTest {
  private static final Currency USD = Currency.getInstance("USD");

  @ParameterizedTest(name = "{0} over {1} years")
  @CsvSource(delimiter = '|', textBlock = """
      even           | 4 | 160000
      even           | 3 | 100000
      even           | 1 | 50000
      even           | 6 | 100000
      even cliff 12m | 4 | 160000
      even cliff 18m | 4 | 160000
      5/15/40/40     |   | 130000
      even           | 3 | 100000.01
      """)
  void eachYearsStockIsWhatTheScheduleVestsThatYear(String text, Integer years, String grant) {
    VestSchedule schedule = VestSchedule.parse(text, years, 4);
    Money g = Money.of(grant, USD);
    PackageValue value = PackageValue.of(Money.of("170000", USD), g, schedule, new BigDecimal("10"), Money.of("5000", USD));
    for (int y = 1; y <= PackageValue.YEARS; y++) {
      YearValue year = value.years().get(y - 1);
      assertEquals(schedule.vestingInYear(g, y), year.stock(), "year " + y);
      assertEquals(schedule.vestingInYear(g, y).amount().scale(), year.stock().amount().scale(), "year " + y + "'s scale");
      assertEquals(Money.of(y == 1 ? "5000" : "0", USD), year.signOn());
    }
  }
}
