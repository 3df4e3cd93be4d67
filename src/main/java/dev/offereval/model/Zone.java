package dev.offereval.model;

/** Where a figure sits against its band range; min and max themselves are in band. */
public enum Zone {
  /** Below the band minimum. */
  BELOW_BAND,
  /** From the band minimum to the maximum, both included. */
  IN_BAND,
  /** Above the band maximum. */
  ABOVE_BAND
}
