package dev.offereval.model;

/**
 * What the evaluation advises: counter with the figures given, or accept the offer as it stands;
 * in a negotiation's round 2 or later ({@code rules/rounds.drl}), accept the revision, trade, hold
 * or decide.
 */
public enum Decision {
  /** Counter with the counter-offer's figures. */
  COUNTER,
  /** Accept the offer as it stands: a counter would not move the package enough. */
  ACCEPT_AS_OFFERED,
  /** A later round: the revision closed enough of the gap to the ask; accept, with one last non-cash ask. */
  ACCEPT,
  /** A later round: one component moved and another did not; ask for stock or a sign-on to cover the rest. */
  TRADE,
  /** A later round: little moved; repeat the ask once, citing the competing offer. */
  HOLD,
  /** A later round: nothing moved after a hold; compare the final packages side by side. */
  DECIDE;

  /**
   * How the reports name it: {@code counter}, {@code accept as offered}, {@code accept}, {@code
   * trade}, {@code hold}, {@code decide}.
   *
   * @return its name in words
   */
  public String words() {
    return this == ACCEPT_AS_OFFERED ? "accept as offered" : name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The code a negotiation keeps it by: {@code counter}, {@code accept_as_offered}, {@code accept},
   * {@code trade}, {@code hold} or {@code decide}.
   *
   * @return its name in lower case
   */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether it asks the recruiter for something, as the evaluation's counter-offer: a counter, a
   * trade and a hold do; the next round is compared with that ask.
   *
   * @return true for counter, trade and hold
   */
  public boolean asks() {
    return this == COUNTER || this == TRADE || this == HOLD;
  }

  /**
   * Whether a later round's rules decided it.
   *
   * @return true for accept, trade, hold and decide
   */
  public boolean ofLaterRound() {
    return this == ACCEPT || this == TRADE || this == HOLD || this == DECIDE;
  }
}
