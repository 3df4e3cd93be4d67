package dev.offereval.model;

/** Where a figure sits against its band range; min and max themselves are in band. */
public enum Zone {
  BELOW_BAND,
  IN_BAND,
  ABOVE_BAND
}
