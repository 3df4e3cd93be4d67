package dev.offereval.model;

/** What a counter-offer is built from: one competing package, or the band target. */
public enum AnchorKind {
  COMPETING,
  BAND_TARGET
}
