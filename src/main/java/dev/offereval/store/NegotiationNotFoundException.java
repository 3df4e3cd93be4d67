package dev.offereval.store;

/** No negotiation has the id asked for: it never existed here, or it was deleted. */
public final class NegotiationNotFoundException extends NegotiationException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception for one id.
   *
   * @param id the id asked for
   * @param where the database, as the user named it
   */
  public NegotiationNotFoundException(long id, String where) {
    super("no negotiation " + id + " in " + where);
  }
}
