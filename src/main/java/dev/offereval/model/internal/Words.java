package dev.offereval.model.internal;

/** Words for scripts: small numbers ("over four years"), lists, titles inside a sentence. */
public final class Words {
  private static final String[] CARDINALS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
  };

  private Words() {}

  public static String cardinal(int n) {
    return n >= 0 && n < CARDINALS.length ? CARDINALS[n] : Integer.toString(n);
  }

  /**
   * The indefinite article for a number written in digits, as it is said: {@code an} for 8, 11,
   * 18 and the eighties and eight hundreds ("an 18-month cliff"), {@code a} otherwise ("a
   * 12-month cliff").
   */
  public static String article(int n) {
    String digits = Integer.toString(Math.abs(n));
    boolean eleven = digits.length() % 3 == 2 && (digits.startsWith("11") || digits.startsWith("18"));
    return digits.startsWith("8") || eleven ? "an" : "a";
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  public static String list(java.util.Collection<String> items) {
    java.util.List<String> all = java.util.List.copyOf(items);
    if (all.size() <= 1) {
      return all.isEmpty() ? "" : all.get(0);
    }
    return String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
  }

  /**
   * Titles as they read inside a sentence: a leading capital is lowered unless the word is an
   * acronym ({@code Customer data platforms} becomes {@code customer data platforms}; {@code AI/ML
   * data infrastructure} stays).
   */
  public static java.util.List<String> inSentence(java.util.Collection<String> titles) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String t : titles) {
      boolean acronym = t.length() > 1 && Character.isUpperCase(t.charAt(1));
      out.add(t.isEmpty() || acronym ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1));
    }
    return out;
  }
}
