package dev.offereval.engine;

import dev.offereval.model.Money;
import dev.offereval.model.MoneyFormat;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills talking points and scripts. {@code {name}} takes the value the rules supplied; text inside
 * {@code [[ ]]} is dropped when a placeholder in it has no value or a zero amount. A placeholder
 * with no value stays visible as {@code {name}}, so a gap in the rules shows in the output.
 */
public final class Templates {
  private static final Pattern OPTIONAL = Pattern.compile("\\[\\[(.*?)]]", Pattern.DOTALL);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private Templates() {}

  public static String fill(String template, Map<String, ?> values) {
    Matcher optional = OPTIONAL.matcher(template);
    StringBuilder kept = new StringBuilder();
    while (optional.find()) {
      String inner = optional.group(1);
      optional.appendReplacement(kept, Matcher.quoteReplacement(allPresent(inner, values) ? inner : ""));
    }
    optional.appendTail(kept);
    Matcher m = PLACEHOLDER.matcher(kept);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object v = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : render(v)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The placeholder names a template uses. */
  public static java.util.Set<String> placeholders(String template) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static boolean allPresent(String text, Map<String, ?> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      Object v = values.get(m.group(1));
      if (v == null || (v instanceof Money money && money.rounded().signum() == 0)) {
        return false;
      }
    }
    return true;
  }

  static String render(Object v) {
    if (v instanceof Money money) {
      return MoneyFormat.spoken(money);
    }
    if (v instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    return String.valueOf(v);
  }
}
