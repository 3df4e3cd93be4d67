package dev.offereval.model.internal;

import java.util.Map;

/**
 * Derived: a lever from the catalog applies. {@code reason} names the facts that triggered it;
 * {@code values} fill the talking point's placeholders.
 */
public record LeverApplied(String leverId, String reason, Map<String, Object> values) {
  public LeverApplied {
    values = Map.copyOf(values == null ? Map.of() : values);
  }

  public LeverApplied(String leverId, String reason) {
    this(leverId, reason, Map.of());
  }
}
