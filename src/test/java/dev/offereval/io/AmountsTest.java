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

  /** The limits hold at their exact edges: the most digits and decimals pass, one more does not. */
  @org.junit.jupiter.api.Test
  void limitsHoldAtTheirEdges() {
    String most = "9".repeat(Amounts.MAX_DIGITS - Amounts.MAX_SCALE) + "." + "9".repeat(Amounts.MAX_SCALE);
    org.junit.jupiter.api.Assertions.assertEquals(new java.math.BigDecimal(most), Amounts.parse(most));
    assertThrows(IllegalArgumentException.class, () -> Amounts.parse("1" + most.replace(".", "") ));
    assertThrows(IllegalArgumentException.class, () -> Amounts.parse("1." + "0".repeat(Amounts.MAX_SCALE) + "1"));
    org.junit.jupiter.api.Assertions.assertEquals(0, java.math.BigDecimal.ONE.compareTo(
        Amounts.parse("1." + "0".repeat(Amounts.MAX_SCALE))));
    String longest = "1".repeat(Amounts.MAX_DIGITS);
    org.junit.jupiter.api.Assertions.assertEquals(new java.math.BigDecimal(longest), Amounts.parse(longest));
    // text longer than twice the digit limit is refused before it is parsed
    String padded = "0".repeat(Amounts.MAX_DIGITS * 2 - 1) + "1";
    org.junit.jupiter.api.Assertions.assertEquals(java.math.BigDecimal.ONE, Amounts.parse(padded).stripTrailingZeros());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Amounts.parse(padded + "0"));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("too long"), e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void longTextIsAbbreviatedInMessagesAtFortyCharacters() {
    org.junit.jupiter.api.Assertions.assertEquals("x".repeat(40), Amounts.abbreviate("x".repeat(40)));
    org.junit.jupiter.api.Assertions.assertEquals("x".repeat(37) + "...", Amounts.abbreviate("x".repeat(41)));
  }
}
