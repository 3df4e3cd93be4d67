package dev.offereval.model;

/** Two amounts in different currencies met without an FX conversion: always a programming error. */
public final class CurrencyMismatchException extends IllegalArgumentException {
  public CurrencyMismatchException(String message) {
    super(message);
  }
}
