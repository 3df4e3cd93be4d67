package dev.offereval.model;

/** Derived: the offer's band was found. */
public record BandMatch(Band band) {
  @Override
  public String toString() {
    return "BandMatch[" + band.label() + "]";
  }
}
