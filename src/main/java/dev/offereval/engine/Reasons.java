package dev.offereval.engine;

/**
 * Whether an evaluation words the reasons behind its figures. The rules decide the same either way;
 * only the sentences that explain each decision are left unwritten, which saves a tenth of a batch
 * whose output has no place for them (the CSV layout).
 */
public enum Reasons {
  /** Every reason worded: why each lever applies, each counter figure, each competing offer's
   * verdict, the anchor and the decision. The default. */
  WORDED,
  /**
   * Those reasons left out: {@code AppliedLever.reason()}, {@code AnchorSummary.why()}, {@code
   * Evaluation.decisionReason()} and each {@code PackageSummary.verdict()} are null, and {@code
   * CounterOfferResult.reasons()} is empty. Everything else (status, messages, figures, talking
   * points, the script, the levelling advice) is as with {@link #WORDED}.
   */
  OMITTED
}
