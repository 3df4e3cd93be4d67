package dev.offereval.engine.internal;

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

  /** The regular-expression version the parsed one replaced: the two must agree on any text. */
  private static String reference(String template, Map<String, ?> values) {
    var optional = java.util.regex.Pattern.compile("\\[\\[(.*?)]]", java.util.regex.Pattern.DOTALL).matcher(template);
    var placeholder = java.util.regex.Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    StringBuilder kept = new StringBuilder();
    while (optional.find()) {
      String inner = optional.group(1);
      boolean all = placeholder.matcher(inner).results().allMatch(r -> {
        Object v = values.get(r.group(1));
        return v != null && !(v instanceof Money m && m.rounded().signum() == 0);
      });
      optional.appendReplacement(kept, java.util.regex.Matcher.quoteReplacement(all ? inner : ""));
    }
    optional.appendTail(kept);
    var m = placeholder.matcher(kept);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object v = values.get(m.group(1));
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(v == null ? m.group() : Templates.render(v)));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Test
  void agreesWithTheRegularExpressionVersionOnRandomTemplates() {
    java.util.Random random = new java.util.Random(20261124);
    String[] parts = {"{a}", "{b}", "{zero}", "{missing}", "{", "}", "[[", "]]", "{1x}", "{a b}", "x", " ", "$", "\\",
        "{a", "b}", "{ab1}", "\n"};
    Map<String, Object> values = Map.of("a", "A", "b", Money.of("195000", "USD"), "zero", Money.of("0.001", "USD"),
        "ab1", new BigDecimal("12.50"));
    for (int i = 0; i < 20_000; i++) {
      StringBuilder t = new StringBuilder();
      for (int j = random.nextInt(10); j > 0; j--) {
        t.append(parts[random.nextInt(parts.length)]);
      }
      String template = t.toString();
      assertEquals(reference(template, values), Templates.fill(template, values), template);
      assertEquals(reference(template, values), Templates.fill(template, values), "again, parsed: " + template);
    }
  }
}
