package dev.offereval.model;

/** How serious a message is. */
public enum Severity {
  /** For information; nothing to act on. */
  INFO,
  /** Worth checking: the result stands, but something looks off. */
  WARNING,
  /** The offer could not be evaluated as given. */
  ERROR
}
