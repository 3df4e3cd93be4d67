package dev.offereval.io;

/**
 * The offer ids seen so far in a file, with the line each was first seen on, in memory that stays
 * small however long the file: each id is kept as a 128-bit fingerprint (two independent 64-bit
 * hashes), not as a string: 20 bytes a slot, with the table kept at most three quarters full, so
 * 27 to 53 bytes an id where a {@code HashMap<String, Integer>} takes about 100. Two million ids
 * fit in 80 MiB.
 *
 * <p>Two different ids share a fingerprint with odds of about n²/2¹²⁹ for n ids (about 10⁻²⁵ for
 * ten million), so a row is never called a duplicate of another id in practice.
 */
final class OfferIds {
  private static final int INITIAL_SLOTS = 1 << 10;

  private long[] high = new long[INITIAL_SLOTS];
  private long[] low = new long[INITIAL_SLOTS];
  /** The first line of each id; 0 marks an empty slot (data lines start at 2). */
  private int[] lines = new int[INITIAL_SLOTS];
  private int size;

  /**
   * Records {@code id} as seen on {@code line}, unless it was seen before.
   *
   * @return the line it was first seen on, or 0 when it is new
   */
  int firstLineOrAdd(String id, int line) {
    if (line <= 0) {
      throw new IllegalArgumentException("line must be positive, was " + line);
    }
    long h = hash(id, 0x9E3779B97F4A7C15L, 0xBF58476D1CE4E5B9L);
    long l = hash(id, 0xC2B2AE3D27D4EB4FL, 0x94D049BB133111EBL);
    int at = find(high, low, lines, h, l);
    if (lines[at] != 0) {
      return lines[at];
    }
    high[at] = h;
    low[at] = l;
    lines[at] = line;
    if (++size * 4L > lines.length * 3L) {
      grow();
    }
    return 0;
  }

  int size() {
    return size;
  }

  private static int find(long[] high, long[] low, int[] lines, long h, long l) {
    int mask = lines.length - 1;
    int at = (int) (h ^ (h >>> 32)) & mask;
    while (lines[at] != 0 && (high[at] != h || low[at] != l)) {
      at = (at + 1) & mask;
    }
    return at;
  }

  private void grow() {
    int slots = lines.length * 2;
    long[] h2 = new long[slots];
    long[] l2 = new long[slots];
    int[] lines2 = new int[slots];
    for (int i = 0; i < lines.length; i++) {
      if (lines[i] != 0) {
        int at = find(h2, l2, lines2, high[i], low[i]);
        h2[at] = high[i];
        l2[at] = low[i];
        lines2[at] = lines[i];
      }
    }
    high = h2;
    low = l2;
    lines = lines2;
  }

  /** A 64-bit hash of the characters of {@code s}, one of a family chosen by the two constants. */
  static long hash(String s, long seed, long multiplier) {
    long h = seed ^ s.length();
    for (int i = 0; i < s.length(); i++) {
      h = mix((h ^ s.charAt(i)) * multiplier);
    }
    return mix(h ^ (h >>> 29));
  }

  /** The finaliser of SplitMix64: every input bit affects every output bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public String toString() {
    return "OfferIds[" + size + " of " + lines.length + " slots" + "]";
  }
}
