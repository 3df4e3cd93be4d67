package dev.offereval.model.internal;

import dev.offereval.model.InvalidInputException;
import java.util.Locale;

/** Matching keys: names compare case-insensitively and ignore runs of white space. */
public final class Keys {
  private Keys() {}

  /**
   * The key of {@code name}: trimmed, each run of white space ({@code [ \t\n\x0B\f\r]}) one
   * space, lower case. The rules call this on every join, so it uses no regular expression and
   * returns the trimmed name itself when it is a key already.
   */
  public static String of(String name) {
    if (name == null) {
      return null;
    }
    String known = CACHE.get(name);
    if (known != null) {
      return known;
    }
    String key = compute(name);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.putIfAbsent(name, key);
    }
    return key;
  }

  /**
   * Keys already worked out, by name: the rules ask for the same few names (the data's companies,
   * roles, levels, regions) on every join. Bounded, so a batch of made-up names cannot grow it
   * without end; past the bound a key is worked out each time.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int CACHE_LIMIT = 4096;

  private static String compute(String name) {
    String t = name.trim();
    int n = t.length();
    boolean plain = true;
    for (int i = 0; plain && i < n; i++) {
      char c = t.charAt(i);
      plain = !(c >= 'A' && c <= 'Z' || c > 0x7f || isSpace(c) && (c != ' ' || isSpace(t.charAt(i - 1))));
    }
    if (plain) {
      return t;
    }
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
      } else if (!isSpace(t.charAt(i - 1))) {
        out.append(' ');
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** White space as the regular expression {@code \s} means it. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  public static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, value, field + " is required");
    }
    return value.trim();
  }
}
