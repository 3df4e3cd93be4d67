package dev.offereval.engine.internal;

import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.internal.MoneyFormat;
import dev.offereval.model.internal.Said;
import dev.offereval.model.internal.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words the rules' decisions out of {@code data/messages.yaml}: each {@link Said} names a message
 * by code, with its values; this fills the code's template once per offer, after firing.
 *
 * <p>The template language, for rule authors:
 *
 * <ul>
 *   <li>{@code {name}}: the value, as a reader reads it: an amount in full ({@code $252,500}), a
 *       rate with its date and source, a decimal without trailing zeros, a list with commas, another
 *       message worded in its place, a code of the model by its own message ({@code
 *       Component.STOCK} by {@code component-stock});
 *   <li>{@code {name:short}}: a rate without its source; {@code {name:and}}: a list as "a, b and c",
 *       {@code {name:or}} as "a or b", {@code {name:semicolons}} as "a; b", {@code {name:equals}} as "a = b" (a chain of
 *       equivalent levels);
 *       {@code {name:words}}: a count in words ("two");
 *   <li>{@code {name|one|many}}: {@code one} when the value is 1, else {@code many} ("year" or
 *       "years"); the value itself is not written;
 *   <li>{@code [[ ... ]]}: text dropped when a value it names is missing or {@code false}. A value
 *       {@code true} writes nothing, so {@code [[{beforeBonus}, before bonus]]} is said only when the
 *       rule gave {@code beforeBonus: true}.
 * </ul>
 */
public final class Messages {
  private static final Pattern OPTIONAL = Pattern.compile("\\[\\[(.*?)]]", Pattern.DOTALL);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?::([a-z]+)|\\|([^|}]*)\\|([^}]*))?}");

  private final Map<String, String> texts;

  /** Messages worded by {@code texts}, message code to template. */
  public Messages(Map<String, String> texts) {
    this.texts = Map.copyOf(texts);
  }

  /** The codes this knows. */
  public java.util.Set<String> codes() {
    return texts.keySet();
  }

  /** The words of {@code said}; a code with no template says so in place of the words. */
  public String render(Said said) {
    String template = texts.get(said.code());
    if (template == null) {
      return "(message " + said.code() + " is not in data/messages.yaml)";
    }
    return fill(template, said.values());
  }

  /**
   * A template cut once into its parts: text, a placeholder (name, style, plural forms), or an
   * optional block with the names it needs. Messages are worded for every offer.
   */
  private record Part(String text, String name, String style, String one, String many, List<Part> block,
      List<String> needs) {}

  private static final int MAX_CACHED = 4096;
  private static final Map<String, List<Part>> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

  private static List<Part> parsed(String template) {
    List<Part> parts = PARSED.get(template);
    if (parts == null) {
      if (PARSED.size() >= MAX_CACHED) {
        PARSED.clear();
      }
      parts = parse(template, true);
      PARSED.put(template, parts);
    }
    return parts;
  }

  private static List<Part> parse(String text, boolean blocks) {
    List<Part> out = new ArrayList<>();
    Matcher optional = OPTIONAL.matcher(text);
    int from = 0;
    while (blocks && optional.find()) {
      placeholders(text.substring(from, optional.start()), out);
      List<Part> inner = parse(optional.group(1), false);
      List<String> needs = inner.stream().filter(p -> p.name() != null).map(Part::name).toList();
      out.add(new Part(null, null, null, null, null, inner, needs));
      from = optional.end();
    }
    placeholders(text.substring(from), out);
    return List.copyOf(out);
  }

  private static void placeholders(String text, List<Part> out) {
    Matcher m = PLACEHOLDER.matcher(text);
    int from = 0;
    while (m.find()) {
      if (m.start() > from) {
        out.add(new Part(text.substring(from, m.start()), null, null, null, null, null, null));
      }
      out.add(new Part(null, m.group(1), m.group(2), m.group(3), m.group(4), null, null));
      from = m.end();
    }
    if (from < text.length()) {
      out.add(new Part(text.substring(from), null, null, null, null, null, null));
    }
  }

  private String fill(String template, Map<String, Object> values) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    write(parsed(template), values, out);
    return out.toString();
  }

  private void write(List<Part> parts, Map<String, Object> values, StringBuilder out) {
    for (Part p : parts) {
      if (p.text() != null) {
        out.append(p.text());
      } else if (p.block() != null) {
        if (allPresent(p.needs(), values)) {
          write(p.block(), values, out);
        }
      } else {
        Object v = values.get(p.name());
        if (v == null) {
          out.append('{').append(p.name()).append(p.style() == null ? "" : ":" + p.style());
          if (p.one() != null) {
            out.append('|').append(p.one()).append('|').append(p.many());
          }
          out.append('}');
        } else if (p.one() != null) {
          out.append(v instanceof Number n && new BigDecimal(n.toString()).compareTo(BigDecimal.ONE) == 0
              ? p.one() : p.many());
        } else {
          out.append(format(v, p.style()));
        }
      }
    }
  }

  private static boolean allPresent(List<String> names, Map<String, Object> values) {
    for (String name : names) {
      Object v = values.get(name);
      if (v == null || Boolean.FALSE.equals(v)) {
        return false;
      }
    }
    return true;
  }

  /** {@code TotalComp} and {@code TOTAL_COMP} as {@code total-comp}. */
  static String kebab(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        out.append('-');
      } else if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
        out.append('-').append(Character.toLowerCase(c));
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }



  private String format(Object v, String style) {
    if (v instanceof Boolean) {
      return "";
    }
    if (v instanceof Number n && "words".equals(style)) {
      return Words.cardinal(n.intValue());
    }
    if (v instanceof Money money) {
      return MoneyFormat.full(money);
    }
    if (v instanceof FxRate fx) {
      return fx.describe(!"short".equals(style));
    }
    if (v instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    if (v instanceof Said said) {
      return render(said);
    }
    if (v instanceof Enum<?> e) {
      // a code of the model is worded by its message: Component.TOTAL_COMP by component-total-comp
      return render(Said.of(kebab(e.getDeclaringClass().getSimpleName()) + "-" + kebab(e.name())));
    }
    if (v instanceof Collection<?> c) {
      List<String> items = new ArrayList<>(c.size());
      for (Object o : c) {
        items.add(format(o, null));
      }
      return "and".equals(style) ? Words.list(items)
          : "or".equals(style) ? String.join(" or ", items)
          : "semicolons".equals(style) ? String.join("; ", items)
          : "equals".equals(style) ? String.join(" = ", items)
          : String.join(", ", items);
    }
    return String.valueOf(v);
  }
}
