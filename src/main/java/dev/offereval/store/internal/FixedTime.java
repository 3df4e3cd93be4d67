package dev.offereval.store.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Times as the database keeps them, {@code 2026-12-07T18:58:33.123Z}: fixed-width UTC text, so that
 * they sort as they read. Read field by field: {@code list} reads one for each of 10,000
 * negotiations, where {@link Instant#parse} costs several times as much.
 */
public final class FixedTime {
  private FixedTime() {}

  /** The text of {@code t}, to the millisecond. */
  public static String format(Instant t) {
    LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
    StringBuilder sb = new StringBuilder(24);
    pad(sb, d.getYear(), 4).append('-');
    pad(sb, d.getMonthValue(), 2).append('-');
    pad(sb, d.getDayOfMonth(), 2).append('T');
    pad(sb, d.getHour(), 2).append(':');
    pad(sb, d.getMinute(), 2).append(':');
    pad(sb, d.getSecond(), 2).append('.');
    pad(sb, t.getNano() / 1_000_000, 3).append('Z');
    return sb.toString();
  }

  /** The instant {@code text} names; other ISO-8601 instants are read as {@link Instant#parse} reads them. */
  public static Instant parse(String text) {
    if (text.length() != 24 || text.charAt(4) != '-' || text.charAt(10) != 'T' || text.charAt(19) != '.'
        || text.charAt(23) != 'Z') {
      return Instant.parse(text);
    }
    try {
      LocalDateTime d = LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10),
          digits(text, 11, 13), digits(text, 14, 16), digits(text, 17, 19), digits(text, 20, 23) * 1_000_000);
      return d.toInstant(ZoneOffset.UTC);
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new DateTimeParseException("not a time: " + text, text, 0);
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new NumberFormatException(s);
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static StringBuilder pad(StringBuilder sb, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(digits);
  }
}
