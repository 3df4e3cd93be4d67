package dev.offereval.engine;

/** Whether an evaluation records which rules fired and the facts each matched. */
public enum Explain {
  /** No trace: {@code Evaluation.trace()} is empty. The default, and the faster. */
  NONE,
  /** Every rule firing, in order, with the facts it matched, in {@code Evaluation.trace()}. */
  RULE_TRACE
}
