package dev.offereval.model.internal;

/**
 * A fact about one offer: it carries the {@link Subject} it belongs to, and every rule pattern that
 * matches it joins on that subject ({@code subject == $s}), so offers evaluated in one session
 * never see each other's facts. {@code offer-eval validate} reports a pattern that does not.
 */
public interface AboutOffer {
  /**
   * The offer this fact is about.
   *
   * @return the subject
   */
  Subject subject();
}
