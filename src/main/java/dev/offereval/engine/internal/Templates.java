package dev.offereval.engine.internal;

import dev.offereval.model.Money;
import dev.offereval.model.internal.MoneyFormat;
import dev.offereval.model.internal.Spoken;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    return fill(template, values, null);
  }

  /** Fills {@code template}, adding to {@code missing} (when not null) each placeholder left with no value. */
  private static String fill(String template, Map<String, ?> values, List<String> missing) {
    StringBuilder kept = new StringBuilder(template.length());
    for (Piece piece : parsed(template)) {
      if (piece.optionalNames() == null || allPresent(piece.optionalNames(), values)) {
        kept.append(piece.text());
      }
    }
    StringBuilder out = new StringBuilder(kept.length() + 32);
    int from = 0;
    for (int i = kept.indexOf("{"); i >= 0; i = kept.indexOf("{", i + 1)) {
      int end = placeholderEnd(kept, i);
      if (end < 0) {
        continue;
      }
      String name = kept.substring(i + 1, end);
      Object v = values.get(name);
      out.append(kept, from, i);
      if (v == null) {
        out.append(kept, i, end + 1);
        if (missing != null && !missing.contains(name)) {
          missing.add(name);
        }
      } else {
        out.append(render(v));
      }
      from = end + 1;
      i = end;
    }
    return out.append(kept, from, kept.length()).toString();
  }

  /** A filled template and the placeholders it needed that had no value (their sentences left out). */
  public record Filled(String text, List<String> missing) {}

  /**
   * Fills {@code template}; a sentence that holds a placeholder with no value is left out rather
   * than shown with its {@code {name}}, and the name is reported, for a warning on the evaluation.
   */
  public static Filled fillChecked(String template, Map<String, ?> values) {
    List<String> missing = new ArrayList<>();
    String text = fill(template, values, missing);
    if (missing.isEmpty()) {
      return new Filled(text, List.of());
    }
    List<String> kept = new ArrayList<>();
    for (String sentence : text.split("(?<=[.!?])\\s+")) {
      if (missing.stream().noneMatch(m -> sentence.contains("{" + m + "}"))) {
        kept.add(sentence);
      }
    }
    return new Filled(String.join(" ", kept), List.copyOf(missing));
  }

  /**
   * A template cut at its {@code [[ ]]} blocks: plain text, or an optional block with the
   * placeholder names it needs. Parsed once per template text; scripts and talking points are
   * filled for every offer.
   */
  private record Piece(String text, List<String> optionalNames) {}

  /** Most distinct template texts kept parsed; beyond it the cache starts again (reloads add texts). */
  private static final int MAX_CACHED = 1024;

  private static final Map<String, List<Piece>> PARSED = new ConcurrentHashMap<>();

  private static List<Piece> parsed(String template) {
    List<Piece> pieces = PARSED.get(template);
    if (pieces == null) {
      if (PARSED.size() >= MAX_CACHED) {
        PARSED.clear();
      }
      pieces = parse(template);
      PARSED.put(template, pieces);
    }
    return pieces;
  }

  private static List<Piece> parse(String template) {
    List<Piece> pieces = new ArrayList<>();
    Matcher optional = OPTIONAL.matcher(template);
    int from = 0;
    while (optional.find()) {
      pieces.add(new Piece(template.substring(from, optional.start()), null));
      String inner = optional.group(1);
      pieces.add(new Piece(inner, List.copyOf(placeholderList(inner))));
      from = optional.end();
    }
    pieces.add(new Piece(template.substring(from), null));
    return List.copyOf(pieces);
  }

  /** Where the placeholder opened by the brace at {@code open} closes, or -1 when it is none. */
  private static int placeholderEnd(CharSequence text, int open) {
    int i = open + 1;
    if (i >= text.length() || !isAsciiLetter(text.charAt(i))) {
      return -1;
    }
    while (++i < text.length()) {
      char c = text.charAt(i);
      if (c == '}') {
        return i;
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9')) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  private static List<String> placeholderList(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The placeholder names a template uses. */
  public static java.util.Set<String> placeholders(String template) {
    return new java.util.TreeSet<>(placeholderList(template));
  }

  private static boolean allPresent(List<String> names, Map<String, ?> values) {
    for (String name : names) {
      Object v = values.get(name);
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
    if (v instanceof Spoken words) {
      return words.spoken();
    }
    return String.valueOf(v);
  }
}
