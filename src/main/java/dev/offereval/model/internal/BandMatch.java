package dev.offereval.model.internal;

import dev.offereval.model.Band;

/** Derived: the offer's band was found. */
public record BandMatch(Subject subject, Band band) implements AboutOffer {
  @Override
  public String toString() {
    return "BandMatch[" + band.label() + "]";
  }
}
