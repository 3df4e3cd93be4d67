package dev.offereval.io.guide;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts by lines (longest common subsequence), with two lines of context. */
public final class LineDiff {
  private LineDiff() {}

  private static final int CONTEXT = 2;

  /** The diff of {@code before} (null: a new file) to {@code after}, labelled {@code name}; empty when equal. */
  public static String unified(String name, String before, String after) {
    List<String> a = before == null ? List.of() : List.of(before.split("\n", -1));
    List<String> b = List.of(after.split("\n", -1));
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    // ops: ' ' keep, '-' remove, '+' add, with the lines' numbers in a and b
    List<char[]> ops = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<int[]> at = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        ops.add(new char[] {' '});
        texts.add(a.get(i));
        at.add(new int[] {i++, j++});
      } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
        ops.add(new char[] {'+'});
        texts.add(b.get(j));
        at.add(new int[] {i, j++});
      } else {
        ops.add(new char[] {'-'});
        texts.add(a.get(i));
        at.add(new int[] {i++, j});
      }
    }
    StringBuilder out = new StringBuilder();
    int k = 0;
    while (k < ops.size()) {
      if (ops.get(k)[0] == ' ') {
        k++;
        continue;
      }
      int start = Math.max(0, k - CONTEXT);
      int end = k;
      int quiet = 0;
      while (end < ops.size() && quiet <= 2 * CONTEXT) {
        quiet = ops.get(end)[0] == ' ' ? quiet + 1 : 0;
        end++;
      }
      end = Math.min(ops.size(), end - Math.max(0, quiet - CONTEXT));
      if (out.length() == 0) {
        out.append("--- ").append(before == null ? "/dev/null" : "a/" + name).append('\n');
        out.append("+++ b/").append(name).append('\n');
      }
      out.append("@@ -").append(at.get(start)[0] + 1).append(" +").append(at.get(start)[1] + 1).append(" @@\n");
      for (int x = start; x < end; x++) {
        out.append(ops.get(x)[0]).append(texts.get(x)).append('\n');
      }
      k = end;
    }
    return out.toString();
  }
}
