package dev.offereval.model;

/** What the evaluation advises: counter with the figures given, or accept the offer as it stands. */
public enum Decision {
  /** Counter with the counter-offer's figures. */
  COUNTER,
  /** Accept the offer as it stands: a counter would not move the package enough. */
  ACCEPT_AS_OFFERED
}
