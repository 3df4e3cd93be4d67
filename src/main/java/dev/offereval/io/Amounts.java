package dev.offereval.io;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Parses amounts from text into {@link BigDecimal}, never through a double.
 *
 * <p>Accepted: digits with an optional fraction ({@code 195000}, {@code 195000.50}), thousands
 * separators in groups of three ({@code 195,000}), and one leading currency symbol ({@code
 * $195,000}, {@code £95,000}, {@code €80,000}). Rejected: exponents, signs, anything else.
 */
public final class Amounts {
  /** Most digits an amount may have, before and after the point together. */
  public static final int MAX_DIGITS = 24;

  /** Most digits after the decimal point. */
  public static final int MAX_SCALE = 6;

  private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private Amounts() {}

  /** Returns the amount, or throws {@link IllegalArgumentException} saying why not. */
  public static BigDecimal parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is blank");
    }
    String s = text.strip();
    if (!s.isEmpty() && "$£€¥".indexOf(s.charAt(0)) >= 0) {
      s = s.substring(1).strip();
    }
    if (s.length() > MAX_DIGITS * 2) {
      throw new IllegalArgumentException("'" + abbreviate(text) + "' is too long for an amount");
    }
    if (GROUPED.matcher(s).matches()) {
      s = s.replace(",", "");
    } else if (!PLAIN.matcher(s).matches()) {
      throw new IllegalArgumentException("'" + abbreviate(text) + "' is not an amount (write digits, such as 195000 or 195,000)");
    }
    BigDecimal value = new BigDecimal(s);
    if (value.precision() > MAX_DIGITS || value.scale() > MAX_SCALE) {
      throw new IllegalArgumentException("'" + abbreviate(text) + "' has more than " + MAX_DIGITS
          + " digits or more than " + MAX_SCALE + " decimals");
    }
    return value;
  }

  /**
   * Returns the percentage written {@code 10} or {@code 10%}, or throws {@link
   * IllegalArgumentException} saying it is not one.
   */
  public static BigDecimal percent(String text) {
    String v = text == null ? "" : text.strip();
    String digits = v.endsWith("%") ? v.substring(0, v.length() - 1).strip() : v;
    try {
      if (digits.isEmpty() || "$£€¥".indexOf(digits.charAt(0)) >= 0) {
        throw new IllegalArgumentException();
      }
      return parse(digits);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + abbreviate(v) + "' is not a percentage (write 10 or 10%)");
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
