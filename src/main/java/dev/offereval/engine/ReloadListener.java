package dev.offereval.engine;

import dev.offereval.model.OfferEvalException;

/**
 * Told when an {@link OfferEvaluator} reloads its rules and data, as KIE's {@code KieScanner}
 * listeners are. Called on the thread that called {@link OfferEvaluator#reload()}.
 */
public interface ReloadListener {
  /**
   * New rules and data are in use for every evaluation that starts from now on.
   *
   * @param evaluator the evaluator, whose {@link OfferEvaluator#fingerprint()} is the new one
   */
  void reloaded(OfferEvaluator evaluator);

  /**
   * The rules or data did not load; the ones in use stay in use. {@code reload()} throws {@code
   * problem} after this returns. Does nothing unless overridden.
   *
   * @param evaluator the evaluator
   * @param problem what was wrong
   */
  default void reloadFailed(OfferEvaluator evaluator, OfferEvalException problem) {}
}
