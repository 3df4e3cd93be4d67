package dev.offereval.model;

import dev.offereval.model.internal.Support;
import dev.offereval.model.internal.MoneyFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @Test
  void twoCurrenciesNeverMeetWithoutConversion() {
    Money usd = Money.of("100", "USD");
    Money gbp = Money.of("100", "GBP");
    assertThrows(CurrencyMismatchException.class, () -> usd.plus(gbp));
    assertThrows(CurrencyMismatchException.class, () -> usd.minus(gbp));
    assertThrows(CurrencyMismatchException.class, () -> usd.compareTo(gbp));
    assertThrows(CurrencyMismatchException.class, () -> usd.ratioTo(gbp));
    FxRate rate = new FxRate(gbp.currency(), usd.currency(), new BigDecimal("1.25"), null, "test");
    assertEquals(Money.of("225", "USD"), usd.plus(rate.convert(gbp)));
    assertThrows(CurrencyMismatchException.class, () -> rate.convert(usd));
  }

  @ParameterizedTest(name = "{0} {1} rounds to {2}")
  @CsvSource({
    "0.005, USD, 0.01",
    "0.004999, USD, 0.00",
    "2.675, GBP, 2.68",
    "2.665, GBP, 2.67",
    "1000.5, JPY, 1001",
    "999.4999, JPY, 999",
  })
  void roundsOnceHalfUpToTheMinorUnitAtOutput(String amount, String currency, String expected) {
    assertEquals(new BigDecimal(expected), Money.of(amount, currency).rounded());
  }

  @Test
  void arithmeticKeepsFullPrecisionUntilOutput() {
    Money third = Money.of("100", "USD").dividedBy(3);
    assertEquals(Money.of("100", "USD").rounded(), third.times(3).rounded());
  }

  @Test
  void equalityIgnoresScale() {
    assertEquals(Money.of("100", "USD"), Money.of("100.00", "USD"));
    assertEquals(Money.of("100", "USD").hashCode(), Money.of("100.00", "USD").hashCode());
  }

  @Test
  void totalCompByTheOneFormula() {
    // 195,000 + 230,000 / 4 + 195,000 x 10% = 272,000; first year adds the sign-on
    TotalComp t = TotalComp.of(Money.of("195000", "USD"), Money.of("230000", "USD"), 4, BigDecimal.TEN,
        Money.of("5000", "USD"));
    assertEquals(Money.of("57500", "USD"), t.stockPerYear());
    assertEquals(Money.of("19500", "USD"), t.bonus());
    assertEquals(Money.of("272000", "USD"), t.annual());
    assertEquals(Money.of("277000", "USD"), t.firstYear());
  }

  @Test
  void seedsQuotedPackageIsWorth272To282KByTheFormula() {
    Money base = Money.of("195000", "USD");
    Money grant = Money.of("230000", "USD");
    assertEquals(Money.of("272000", "USD"), TotalComp.annual(base, grant, 4, BigDecimal.TEN));
    assertEquals(Money.of("281750", "USD"), TotalComp.annual(base, grant, 4, new BigDecimal("15")));
  }

  @ParameterizedTest(name = "{0} {1} is said as {2}")
  @CsvSource(delimiter = '|', value = {
    "195000|USD|$195K",
    "95000|GBP|£95K",
    "272500|USD|$272.5K",
    "187500|USD|$187.5K",
    // not exact in the short form: said in full, never rounded for the candidate
    "187549.99|USD|$187,549.99",
    "181750|GBP|£181,750",
    "1250|GBP|£1,250",
    "11000|USD|$11K",
    "1000|USD|$1K",
    "80000|CHF|CHF 80K",
    "999900|USD|$999.9K",
    "999950|USD|$999,950",
    "1000000|USD|$1M",
    "1600000|USD|$1.6M",
    "1250000|USD|$1.25M",
    "1234567.89|USD|$1,234,567.89",
    "2500000000|USD|$2,500M",
    "999.99|USD|$999.99",
    "100|USD|$100",
  })
  void spokenAmounts(String amount, String currency, String expected) {
    assertEquals(expected, MoneyFormat.spoken(Money.of(amount, currency)));
  }

  /** A total said aloud: exact when short, otherwise "about" the nearest thousand; a near miss each side. */
  @ParameterizedTest(name = "{0} {1} is said approximately as {2}")
  @CsvSource(delimiter = '|', value = {
    "246000|USD|$246K",
    "237500|USD|$237.5K",
    "201725|USD|about $202K",
    "201499.99|USD|about $201K",
    "201500|USD|$201.5K",
    "201550|USD|about $202K",
    "187500|GBP|£187.5K",
    "999.99|USD|$999.99",
    "999500.01|USD|$999,500.01",
    "1250000|USD|$1.25M",
  })
  void approximateAmounts(String amount, String currency, String expected) {
    assertEquals(expected, MoneyFormat.approximately(Money.of(amount, currency)));
  }

  @Test
  void rangeRejectsMinAboveMaxAndNegatives() {
    assertThrows(IllegalArgumentException.class, () -> new MoneyRange(Money.of("2", "USD"), Money.of("1", "USD")));
    assertThrows(IllegalArgumentException.class, () -> new MoneyRange(Money.of("-1", "USD"), Money.of("1", "USD")));
    assertThrows(CurrencyMismatchException.class, () -> new MoneyRange(Money.of("1", "GBP"), Money.of("1", "USD")));
  }

  /** The fast exact path of division gives the very value and scale that DECIMAL128 division does. */
  @Test
  void divisionMatchesDecimal128InValueAndScale() {
    java.util.Random random = new java.util.Random(20261124);
    long[] divisors = {1, 2, 3, 4, 5, 6, 7, 8, 10, 16, 25, 100, 125, 1000, 1024, -4, -100, 262_144,
        3_814_697_265_625L, 1_000_000_000_000_000_000L, 400_000_000_000_000_000L, 10_000_000_000_000_000L * 5};
    for (int i = 0; i < 40_000; i++) {
      BigDecimal amount = new BigDecimal(new java.math.BigInteger(random.nextInt(91), random), random.nextInt(16) - 4);
      amount = random.nextBoolean() ? amount : amount.negate();
      long d = divisors[random.nextInt(divisors.length)];
      BigDecimal expected = amount.divide(BigDecimal.valueOf(d), java.math.MathContext.DECIMAL128);
      BigDecimal actual = Support.divide(amount, d);
      assertEquals(expected, actual, amount + " / " + d); // BigDecimal.equals compares the scale too
    }
  }

  @Test
  void percentOfAnAmountKeepsItsExactValue() {
    assertEquals(new BigDecimal("17000"), Money.of("170000", "USD").percent(BigDecimal.TEN).amount());
    assertEquals(0, new BigDecimal("25653.037725").compareTo(
        Money.of("170000.25", "USD").percent(new BigDecimal("15.09")).amount()));
  }

  @Test
  void comparisonsAtTheirEdges() {
    Money one = Money.of("1", "USD");
    Money oneToo = Money.of("1.00", "USD");
    Money two = Money.of("2", "USD");
    assertEquals(two, one.max(two));
    assertEquals(two, two.max(one));
    assertEquals(one, one.min(two));
    assertEquals(one, two.min(one));
    org.junit.jupiter.api.Assertions.assertSame(one, one.max(oneToo), "a tie keeps this one");
    org.junit.jupiter.api.Assertions.assertSame(one, one.min(oneToo), "a tie keeps this one");
    org.junit.jupiter.api.Assertions.assertTrue(one.isPositive());
    org.junit.jupiter.api.Assertions.assertFalse(Money.zero(one.currency()).isPositive());
    org.junit.jupiter.api.Assertions.assertFalse(Money.zero(one.currency()).isNegative());
    org.junit.jupiter.api.Assertions.assertTrue(Money.of("-0.01", "USD").isNegative());
    org.junit.jupiter.api.Assertions.assertTrue(two.isGreaterThan(one));
    org.junit.jupiter.api.Assertions.assertFalse(one.isGreaterThan(oneToo));
    org.junit.jupiter.api.Assertions.assertTrue(one.isLessThan(two));
    org.junit.jupiter.api.Assertions.assertFalse(one.isLessThan(oneToo));
    org.junit.jupiter.api.Assertions.assertFalse(two.isLessThan(one));
    assertEquals("USD 1.00", oneToo.toString());
    org.junit.jupiter.api.Assertions.assertNotEquals(one.hashCode(), two.hashCode());
    org.junit.jupiter.api.Assertions.assertNotEquals(one, Money.of("1", "GBP"));
  }

  @Test
  void divisionByAnythingButTwosAndFivesKeepsThirtyFourDigits() {
    assertEquals(new BigDecimal("33333.33333333333333333333333333333"), Money.of("100000", "USD").dividedBy(3).amount());
    assertEquals(new BigDecimal("14285.71428571428571428571428571429"), Money.of("100000", "USD").dividedBy(7).amount());
    assertEquals(new BigDecimal("-12.5"), Money.of("-100", "USD").dividedBy(8).amount());
    assertEquals(new BigDecimal("8.333333333333333333333333333333333"), Money.of("100", "USD").dividedBy(12).amount());
    assertThrows(ArithmeticException.class, () -> Money.of("1", "USD").dividedBy(0));
  }

  @Test
  void ratesSayWhatTheyAre() {
    FxRate rate = new FxRate(java.util.Currency.getInstance("GBP"), java.util.Currency.getInstance("USD"),
        new BigDecimal("1.25"), java.time.LocalDate.of(2026, 2, 1), "test");
    org.junit.jupiter.api.Assertions.assertFalse(rate.isIdentity());
    org.junit.jupiter.api.Assertions.assertTrue(FxRate.identity(rate.from()).isIdentity());
    assertEquals("1 GBP = 1.25 USD (2026-02-01)", rate.toString());
    assertEquals("1 GBP = 1 GBP", FxRate.identity(rate.from()).toString());
    assertEquals("1 GBP = 1.25 USD as of 2026-02-01 (source: test)", rate.describe());
    assertEquals("1 USD = 0.8 GBP as of 2026-02-01", rate.inverse().describe(false));
    FxRate odd = new FxRate(rate.from(), rate.to(), new BigDecimal("1.27"), rate.asOf(), "x", true);
    assertEquals("1 USD = 0.787402 GBP as of 2026-02-01 (source: inverse of x)", odd.inverse().describe());
    org.junit.jupiter.api.Assertions.assertTrue(odd.inverse().placeholder(), "an inverse keeps the placeholder mark");
    org.junit.jupiter.api.Assertions.assertFalse(rate.placeholder());
    assertEquals(0, new BigDecimal("0.8").compareTo(rate.inverse().rate()));
    assertThrows(IllegalArgumentException.class, () -> new FxRate(rate.from(), rate.to(), BigDecimal.ZERO, null, "x"));
  }

  @ParameterizedTest(name = "{0} is said in full as {1}")
  @CsvSource(delimiter = '|', value = {
    "100.00|$100",
    "100.10|$100.10",
    "100.005|$100.01",
    "999|$999",
    "1000|$1,000",
  })
  void fullAmounts(String amount, String expected) {
    assertEquals(expected, MoneyFormat.full(Money.of(amount, "USD")));
  }

  @ParameterizedTest(name = "{0} {1} is shown as {2}")
  @CsvSource(delimiter = '|', value = {
    "150000|USD|$150,000",
    "50000.004|USD|$50,000",
    "95000.5|GBP|£95,000.50",
    "10|%|10%",
    "12.5|%|12.5%",
    "0.125|%|0.13%",
  })
  void bandFigures(String value, String unit, String expected) {
    assertEquals(expected, MoneyFormat.figure(new BigDecimal(value), unit));
  }

  @Test
  void roundedDownToAStepGivesAFigureACandidateCanSay() {
    assertEquals(Money.of("16500", "USD"), Money.of("16666.67", "USD").roundedDownTo(new java.math.BigDecimal("500")));
    // near miss: a figure already on the step stays, and a step of 0 leaves the amount alone
    assertEquals(Money.of("16500", "USD"), Money.of("16500.00", "USD").roundedDownTo(new java.math.BigDecimal("500")));
    assertEquals(Money.of("16666.67", "USD"), Money.of("16666.67", "USD").roundedDownTo(java.math.BigDecimal.ZERO));
  }
}
