package dev.offereval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(delimiter = '|', value = {
    "195000|195000",
    "195,000|195000",
    "$195,000|195000",
    "£95,000|95000",
    "€80,000.50|80000.50",
    " 1,234,567.89 |1234567.89",
    "0|0",
  })
  void accepts(String text, String expected) {
    assertEquals(new BigDecimal(expected), Amounts.parse(text));
  }

  @ParameterizedTest(name = "''{0}'' is rejected")
  @ValueSource(strings = {"", " ", "1e400", "1E5", "-5", "+5", "19,50,000", "195.000,00", "12abc", "$", "1..2",
      "NaN", "Infinity", "0x10", "195 000"})
  void rejects(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Amounts.parse(text));
    assertTrue(!e.getMessage().isBlank());
  }

  @ParameterizedTest
  @ValueSource(ints = {25, 500})
  void rejectsAbsurdlyLongNumbers(int digits) {
    assertThrows(IllegalArgumentException.class, () -> Amounts.parse("9".repeat(digits)));
  }
}
