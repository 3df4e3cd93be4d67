package dev.offereval.engine;

/**
 * What a figure too far from its band to be meant (the rules in {@code plausibility.drl}, with the
 * {@code plausibility.*} bounds of the policy data) does to an evaluation.
 */
public enum Plausibility {
  /**
   * A warning that names the field and the bound; no counter-offer or script is computed, the band
   * position and levers still are. The default.
   */
  WARN,
  /** The offer is {@code INVALID}, as the command line's {@code --strict} makes it. */
  STRICT
}
