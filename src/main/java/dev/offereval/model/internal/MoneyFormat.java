package dev.offereval.model.internal;

import dev.offereval.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The one place that formats amounts for people, rounding once, half up. Two styles:
 *
 * <ul>
 *   <li>{@link #full}: an exact figure, for reports, tables, reasons and notices: {@code $272,500},
 *       {@code £95,000.50} (cents only when there are any).
 *   <li>{@link #spoken}: rounded for saying aloud, in scripts and talking points: {@code $195K},
 *       {@code $272.5K}, {@code $1.6M}; under a thousand it is the full figure.
 * </ul>
 *
 * <p>Rules call these too (for example in a lever's reason), so no output spells an amount as
 * {@code 252500.00 USD}.
 */
public final class MoneyFormat {
  private static final Map<String, String> SYMBOLS =
      Map.of("USD", "$", "GBP", "£", "EUR", "€", "JPY", "¥", "INR", "₹");

  private MoneyFormat() {}

  public static String symbol(java.util.Currency currency) {
    return SYMBOLS.getOrDefault(currency.getCurrencyCode(), currency.getCurrencyCode() + " ");
  }

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  /**
   * Short form for scripts and talking points, used only when it is exact: thousands with at most
   * one decimal ({@code $195K}, {@code $272.5K}), millions with at most two ({@code $1.6M}, {@code
   * $1.25M}). Any other amount is said in full ({@code £181,750}, not {@code £181.8K}): a candidate
   * never quotes a figure the tool rounded.
   */
  public static String spoken(Money money) {
    BigDecimal r = money.rounded();
    BigDecimal thousands = r.movePointLeft(3);
    if (thousands.abs().compareTo(BigDecimal.ONE) < 0) {
      return full(money);
    }
    if (thousands.abs().compareTo(THOUSAND) < 0) {
      return exactTo(thousands, 1) ? symbol(money.currency()) + grouped(trimmed(thousands)) + "K" : full(money);
    }
    BigDecimal millions = r.movePointLeft(6);
    return exactTo(millions, 2) ? symbol(money.currency()) + grouped(trimmed(millions)) + "M" : full(money);
  }

  /**
   * A total for saying aloud, where the exact figure matters less than being sayable: the {@link
   * #spoken} form when it is short ({@code $246K}, {@code $237.5K}), otherwise {@code about} and
   * the nearest thousand, half up ({@code about $202K} for $201,725); from a million up, or under
   * a thousand, the {@link #spoken} form. Only for sums the candidate
   * does not ask for figure by figure, such as a counter's total comp; an ask is always {@link
   * #spoken}, exact.
   */
  public static String approximately(Money money) {
    String rounded = roundedForSpeech(money);
    return rounded.equals(spoken(money)) ? rounded : "about " + rounded;
  }

  /**
   * The figure {@link #approximately} says, without its {@code about}: for a sentence that says
   * "about" once before several figures ({@code about £136K and £144K}).
   */
  public static String roundedForSpeech(Money money) {
    BigDecimal thousands = money.rounded().movePointLeft(3);
    BigDecimal nearest = thousands.setScale(0, RoundingMode.HALF_UP);
    if (thousands.abs().compareTo(BigDecimal.ONE) < 0 || nearest.abs().compareTo(THOUSAND) >= 0
        || exactTo(thousands, 1)) {
      return spoken(money);
    }
    return symbol(money.currency()) + grouped(nearest) + "K";
  }

  private static boolean exactTo(BigDecimal value, int decimals) {
    return value.stripTrailingZeros().scale() <= decimals;
  }

  private static BigDecimal trimmed(BigDecimal value) {
    BigDecimal t = value.stripTrailingZeros();
    return t.scale() < 0 ? t.setScale(0) : t;
  }

  /** Full form with grouping, decimals only when there are cents. */
  public static String full(Money money) {
    BigDecimal r = money.rounded();
    BigDecimal shown = r.stripTrailingZeros().scale() <= 0 ? r.setScale(0) : r;
    return symbol(money.currency()) + grouped(shown);
  }

  /**
   * A band figure in full: {@code unit} is an ISO currency code ({@code $150,000}) or {@code %} for
   * a percentage ({@code 12.5%}, at most two decimals).
   */
  public static String figure(BigDecimal value, String unit) {
    if ("%".equals(unit)) {
      return percent(value) + "%";
    }
    return full(new Money(value, java.util.Currency.getInstance(unit)));
  }

  /** A percentage's digits, at most two decimals and no trailing zeros: {@code 10}, {@code 12.5}, {@code 0.13}. */
  public static String percent(BigDecimal pct) {
    return trimmed(pct.setScale(2, Money.OUTPUT_ROUNDING)).toPlainString();
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
