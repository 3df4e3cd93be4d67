package dev.offereval.io;

import dev.offereval.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Plain output numbers: no exponent; money at its currency's minor unit, ratios at 4 places. */
public final class Numbers {
  private Numbers() {}

  public static String money(Money m) {
    return m == null ? "" : m.rounded().toPlainString();
  }

  public static String percent(BigDecimal pct) {
    return pct == null ? "" : dev.offereval.model.internal.MoneyFormat.percent(pct);
  }

  /** A percentage always with two decimals, {@code 19.82}, {@code 0.00}: for uplifts. */
  public static String percent2(BigDecimal pct) {
    return pct == null ? "" : pct.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  public static BigDecimal ratio(BigDecimal r) {
    return r == null ? null : r.setScale(4, RoundingMode.HALF_UP);
  }
}
