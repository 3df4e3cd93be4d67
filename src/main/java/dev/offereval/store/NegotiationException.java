package dev.offereval.store;

/** Why a negotiation could not be read or written; the message is for the user, in one line. */
public class NegotiationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with its message.
   *
   * @param message what went wrong, naming the negotiation or the database
   */
  public NegotiationException(String message) {
    super(message);
  }

  /**
   * An exception with its message and cause.
   *
   * @param message what went wrong, naming the negotiation or the database
   * @param cause the underlying failure
   */
  public NegotiationException(String message, Throwable cause) {
    super(message, cause);
  }
}
