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
