package dev.offereval.model;

/** What a counter-offer is built from: one competing package, or the band target. */
public enum AnchorKind {
  /** A competing offer at an equivalent level, the strongest one. */
  COMPETING,
  /** The band target that policy sets, when no competing offer is stronger. */
  BAND_TARGET
}
