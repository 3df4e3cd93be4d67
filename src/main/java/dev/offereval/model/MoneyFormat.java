package dev.offereval.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Formats amounts for people, rounding once, half up, to the currency's minor unit: whole
 * thousands as {@code $195K}, anything else in full as {@code $272,500} or {@code £95,000.50}.
 */
public final class MoneyFormat {
  private static final Map<String, String> SYMBOLS =
      Map.of("USD", "$", "GBP", "£", "EUR", "€", "JPY", "¥", "INR", "₹");

  private MoneyFormat() {}

  public static String symbol(java.util.Currency currency) {
    return SYMBOLS.getOrDefault(currency.getCurrencyCode(), currency.getCurrencyCode() + " ");
  }

  /** Short form for scripts and talking points. */
  public static String spoken(Money money) {
    BigDecimal r = money.rounded();
    BigDecimal thousands = r.movePointLeft(3);
    if (r.signum() != 0 && thousands.stripTrailingZeros().scale() <= 0) {
      return symbol(money.currency()) + grouped(thousands.setScale(0)) + "K";
    }
    return full(money);
  }

  /** Full form with grouping, decimals only when there are cents. */
  public static String full(Money money) {
    BigDecimal r = money.rounded();
    BigDecimal shown = r.stripTrailingZeros().scale() <= 0 ? r.setScale(0) : r;
    return symbol(money.currency()) + grouped(shown);
  }

  /** The plain digits of {@code value} with a comma between each group of three. */
  private static String grouped(BigDecimal value) {
    String plain = value.toPlainString();
    int sign = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int end = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder(plain.length() + 8).append(plain, 0, sign);
    for (int i = sign; i < end; i++) {
      if (i > sign && (end - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain, end, plain.length()).toString();
  }
}
