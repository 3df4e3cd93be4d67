package dev.offereval.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
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

  private static String grouped(BigDecimal value) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMinimumFractionDigits(value.scale() > 0 ? value.scale() : 0);
    f.setMaximumFractionDigits(Math.max(value.scale(), 0));
    f.setParseBigDecimal(true);
    return f.format(value);
  }
}
