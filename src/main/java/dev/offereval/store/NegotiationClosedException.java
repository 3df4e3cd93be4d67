package dev.offereval.store;

/** The negotiation is closed: it takes no more rounds. */
public final class NegotiationClosedException extends NegotiationException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception for one negotiation.
   *
   * @param id the negotiation's id
   * @param reason why it was closed
   */
  public NegotiationClosedException(long id, String reason) {
    super("negotiation " + id + " is closed (" + reason + "); it takes no more rounds");
  }
}
