package dev.offereval.model;

import java.util.Locale;

/** Matching keys: names compare case-insensitively and ignore runs of white space. */
public final class Keys {
  private Keys() {}

  public static String of(String name) {
    return name == null ? null : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value.trim();
  }
}
