package dev.offereval.model.internal;

import dev.offereval.model.Offer;
import java.util.Objects;

/**
 * The offer under evaluation, as the rules see it: one is inserted for every offer of a chunk, and
 * every fact derived about that offer carries it ({@link AboutOffer}), so each rule joins its
 * patterns on one subject.
 *
 * <p>Equality is identity on purpose: two offers with the same figures in one chunk are still two
 * subjects, and the rule engine indexes the joins on {@code subject == $s} by identity hash, which
 * costs nothing to compute. (A record would hash every field of the offer on each join.)
 */
public final class Subject {
  private final Offer offer;
  private final int index;

  /**
   * @param offer the offer, with names already read as the data's own
   * @param index its place in its chunk, from 0
   */
  public Subject(Offer offer, int index) {
    this.offer = Objects.requireNonNull(offer, "offer");
    this.index = index;
  }

  /** The offer. */
  public Offer offer() {
    return offer;
  }

  /** Its place in its chunk, from 0. */
  public int index() {
    return index;
  }

  @Override
  public String toString() {
    return "Subject[" + offer.offerId() + "]";
  }
}
