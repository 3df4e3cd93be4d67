package dev.offereval.model.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words scripts are built from ({@code data/phrases.yaml}), by key. {@link #KEYS} is the
 * catalog: every key a phrase file must give, each with the placeholders the script renderer fills
 * in it. Loading refuses a key left out, a key not in the catalog and a placeholder not in its set.
 *
 * @param texts each key's text, with {@code {placeholders}} and {@code [[ optional ]]} parts
 */
public record Phrases(Map<String, String> texts) {

  /** Every key, with the placeholders the renderer fills in its text. */
  public static final Map<String, Set<String>> KEYS = catalog();

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  /** Checks that every key of {@link #KEYS} is given. */
  public Phrases {
    texts = Map.copyOf(texts);
    for (String key : KEYS.keySet()) {
      if (!texts.containsKey(key)) {
        throw new IllegalArgumentException("phrase " + key + " is missing");
      }
    }
  }

  private static Map<String, Set<String>> catalog() {
    Map<String, Set<String>> k = new LinkedHashMap<>();
    k.put("bonus-target", Set.of("article", "pct"));
    k.put("article-asked", Set.of());
    k.put("article-kept", Set.of());
    k.put("kept-sign-on", Set.of("signOn"));
    k.put("converted-figures", Set.of("base", "stock"));
    k.put("level-up-base", Set.of("base"));
    k.put("level-up-stock", Set.of("stock"));
    k.put("ask-level", Set.of("level"));
    k.put("ask-level-unnamed", Set.of());
    k.put("first-year-ask", Set.of("cause", "gap", "signOn"));
    k.put("first-year-cause-cliff", Set.of("months"));
    k.put("first-year-cause-vesting", Set.of("pct"));
    k.put("first-year-sign-on", Set.of());
    k.put("first-year-larger-sign-on", Set.of());
    k.put("refresh-question", Set.of("years"));
    k.put("one-year", Set.of("count"));
    k.put("years", Set.of("count"));
    k.put("sign-on-question", Set.of("opening", "signOn"));
    k.put("opening-first-question", Set.of());
    k.put("opening-later-question", Set.of());
    // a later round's script (rules/rounds.drl; engine/internal/RoundScriptValues)
    k.put("round-name-base", Set.of());
    k.put("round-name-stock", Set.of());
    k.put("round-name-bonus", Set.of());
    k.put("round-name-sign-on", Set.of());
    k.put("round-moved", Set.of("name", "amount"));
    k.put("round-still", Set.of("name", "amount", "asked"));
    k.put("round-asked", Set.of("name", "amount"));
    k.put("round-cover-sign-on", Set.of("amount"));
    k.put("round-cover-stock", Set.of("amount"));
    k.put("round-non-cash-ask", Set.of());
    k.put("round-competing", Set.of("company", "base", "stock"));
    return java.util.Collections.unmodifiableMap(k);
  }

  /**
   * The text of {@code key}.
   *
   * @param key a key of {@link #KEYS}
   * @return its text
   */
  public String text(String key) {
    String t = texts.get(key);
    if (t == null) {
      throw new IllegalArgumentException("no phrase " + key);
    }
    return t;
  }

  /**
   * The placeholder names {@code text} uses.
   *
   * @param text a phrase's text
   * @return the names, sorted
   */
  public static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
