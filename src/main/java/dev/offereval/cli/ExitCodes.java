package dev.offereval.cli;

/** The documented exit codes of {@code offer-eval}. */
public final class ExitCodes {
  /** Every row is OK or NO_BAND. */
  public static final int OK = 0;
  /** At least one row is INVALID or ERROR; every row is still in the output. */
  public static final int ROWS_FAILED = 1;
  /** Bad usage, an unreadable file, or rules or data that do not compile or load. */
  public static final int USAGE = 2;
  /** A bug in offer-evaluator itself; the message says where. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
