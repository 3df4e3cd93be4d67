package dev.offereval.model;

/** Small numbers in words, for scripts ("over four years"). */
public final class Words {
  private static final String[] CARDINALS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
  };

  private Words() {}

  public static String cardinal(int n) {
    return n >= 0 && n < CARDINALS.length ? CARDINALS[n] : Integer.toString(n);
  }
}
