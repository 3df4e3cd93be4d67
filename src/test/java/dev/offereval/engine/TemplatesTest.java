package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offereval.model.Money;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  @Test
  void fillsMoneyNumbersAndText() {
    assertEquals("Twilio: $195K at 12.5%",
        Templates.fill("{company}: {base} at {pct}%", Map.of("company", "Twilio", "base", Money.of("195000", "USD"),
            "pct", new BigDecimal("12.50"))));
  }

  @Test
  void optionalSectionDropsWhenAValueIsMissingOrZero() {
    String t = "ask{{}}[[, plus {signOn} sign-on]].";
    assertEquals("ask{{}}, plus $5K sign-on.", Templates.fill(t, Map.of("signOn", Money.of("5000", "USD"))));
    assertEquals("ask{{}}.", Templates.fill(t, Map.of("signOn", Money.of("0", "USD"))));
    assertEquals("ask{{}}.", Templates.fill(t, Map.of()));
  }

  @Test
  void anUnfilledPlaceholderStaysVisible() {
    assertEquals("from {competingCompany}", Templates.fill("from {competingCompany}", Map.of()));
  }

  @Test
  void valuesAreNotReinterpretedAsTemplates() {
    assertEquals("a {b} $1 \\", Templates.fill("a {x}", Map.of("x", "{b} $1 \\")));
  }

  @Test
  void listsPlaceholders() {
    assertEquals(Set.of("a", "b"), Templates.placeholders("{a} [[{b}]] {a}"));
  }
}
