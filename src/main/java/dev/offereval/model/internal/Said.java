package dev.offereval.model.internal;

import java.util.Map;
import java.util.Objects;

/**
 * What a rule decided to say, as a code and the values it needs: the words are the code's
 * template in {@code data/messages.yaml}, filled once per offer after the rules have fired. A rule
 * never builds a sentence; it names what to say ({@code "offer-converted"}) and with which values
 * (amounts, rates, names, counts, or another {@code Said}).
 *
 * @param code the message's key in {@code data/messages.yaml}
 * @param values the values its placeholders take, by name
 */
public record Said(String code, Map<String, Object> values) {
  public Said {
    Objects.requireNonNull(code, "code");
    values = Map.copyOf(values);
  }

  /** The code and its values by name, in name order (a Map.of's own order changes from run to run). */
  @Override
  public String toString() {
    return values.isEmpty() ? code : code + new java.util.TreeMap<>(values);
  }

  /** A message that needs no value. */
  public static Said of(String code) {
    return new Said(code, Map.of());
  }

  /**
   * A value per year in the comparison view, message {@code per-year}: "$252,500 a year (4-year
   * average, before bonus)".
   *
   * @param amount the value per year
   * @param view the comparison view's years
   * @param withBonus false when the value leaves the bonus out
   * @return what to say
   */
  public static Said perYear(dev.offereval.model.Money amount, java.math.BigDecimal view, boolean withBonus) {
    return new Said("per-year", Map.of("amount", amount, "view", dev.offereval.model.PackageValue.viewName(view),
        "beforeBonus", !withBonus));
  }

  /** A message with its values. */
  public static Said of(String code, Map<String, Object> values) {
    return new Said(code, values);
  }
}
