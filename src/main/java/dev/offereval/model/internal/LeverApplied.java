package dev.offereval.model.internal;

import java.util.Map;

/**
 * Derived: a lever from the catalog applies. {@code reason} names the facts that triggered it;
 * {@code values} fill the talking point's placeholders.
 */
public record LeverApplied(Subject subject, String leverId, String reason, Map<String, Object> values) implements AboutOffer {
  public LeverApplied {
    values = Map.copyOf(values == null ? Map.of() : values);
  }

  public LeverApplied(Subject subject, String leverId, String reason) {
    this(subject, leverId, reason, Map.of());
  }
}
