package dev.offereval.model;

/** What the evaluation advises: counter with the figures given, or accept the offer as it stands. */
public enum Decision {
  COUNTER,
  ACCEPT_AS_OFFERED
}
