package dev.offereval.model.internal;

import dev.offereval.model.Severity;
import java.util.Map;

/**
 * Derived: something a rule wants the reader to know, as a message code and its values (worded by
 * {@code data/messages.yaml}); ERROR makes the evaluation INVALID. Equal notices (the same code and
 * values) are one.
 */
public record Notice(Subject subject, Severity severity, Said said) implements AboutOffer {
  /** A notice of message {@code code} with its values. */
  public Notice(Subject subject, Severity severity, String code, Map<String, Object> values) {
    this(subject, severity, new Said(code, values));
  }

  /** A notice of message {@code code}, which needs no value. */
  public Notice(Subject subject, Severity severity, String code) {
    this(subject, severity, Said.of(code));
  }
}
