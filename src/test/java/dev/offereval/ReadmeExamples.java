package dev.offereval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The code a test shows in the README: its lines between {@code // README:begin} and {@code // README:end}. */
public final class ReadmeExamples {
  private ReadmeExamples() {}

  /**
   * The lines of {@code source} between each {@code // README:begin} and the next {@code //
   * README:end}, joined, one level of indentation (four spaces) taken off, as the README shows them.
   */
  public static String shown(Path source) throws IOException {
    String text = Files.readString(source);
    StringBuilder shown = new StringBuilder();
    int at = 0;
    String begin = "// README:begin\n";
    while ((at = text.indexOf(begin, at)) >= 0) {
      int from = at + begin.length();
      int to = text.indexOf("// README:end", from);
      shown.append(text, from, text.lastIndexOf('\n', to) + 1);
      at = to;
    }
    return shown.toString().lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .reduce("", (a, b) -> a + b + "\n");
  }
}
