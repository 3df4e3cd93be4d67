package dev.offereval.model.internal;

import java.math.BigDecimal;
import java.util.Objects;

/** A named policy number from {@code data/policy.yaml}, read by rules with {@code key ==}. */
public record PolicyNumber(String key, BigDecimal value, String description) {
  public PolicyNumber {
    key = Keys.requireText(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
