package dev.offereval.io.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Writing YAML text the same way every time: quoting only where YAML needs it, folding long text. */
public final class YamlText {
  private YamlText() {}

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ._/()&+'-]*");
  private static final java.util.Set<String> RESERVED =
      java.util.Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");

  /** A scalar, quoted when plain YAML would read it otherwise. */
  public static String scalar(String s) {
    if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(java.util.Locale.ROOT)) && !s.endsWith(" ")) {
      return s;
    }
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** A list of scalars in flow style: {@code [a, "b, c"]}. */
  public static String flow(List<String> items) {
    List<String> out = new ArrayList<>();
    for (String i : items) {
      out.add(i.contains(",") || i.contains("[") || i.contains("]") ? "\"" + i.replace("\"", "\\\"") + "\"" : scalar(i));
    }
    return "[" + String.join(", ", out) + "]";
  }

  /**
   * {@code key: >-} and the text folded at 100 columns, indented by {@code indent} spaces plus two.
   * The loader reads folded text back as one line, so the folding never changes the value.
   */
  static List<String> folded(int indent, String key, String text) {
    List<String> lines = new ArrayList<>();
    String pad = " ".repeat(indent);
    lines.add(pad + key + ": >-");
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && pad.length() + 2 + line.length() + 1 + word.length() > 100) {
        lines.add(pad + "  " + line);
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(pad + "  " + line);
    return lines;
  }
}
