package dev.offereval.model;

/** Two amounts in different currencies met without an FX conversion: always a programming error. */
public final class CurrencyMismatchException extends IllegalArgumentException {
  /**
   * The mismatch, described.
   *
   * @param message which amounts met and where
   */
  public CurrencyMismatchException(String message) {
    super(message);
  }
}
