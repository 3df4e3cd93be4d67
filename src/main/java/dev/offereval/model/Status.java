package dev.offereval.model;

/** How an evaluation ended. */
public enum Status {
  /** Evaluated against its band. */
  OK,
  /** No band matches; levers that need no band are still reported. */
  NO_BAND,
  /** The input could not be evaluated as given; the messages say why. */
  INVALID,
  /** A rule failed while evaluating this offer; the messages name it. */
  ERROR
}
