package dev.offereval.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a YAML file starts, by the field paths loading reports ({@code
 * bands[0].base.min}), so a problem found after parsing still points at a line.
 */
final class YamlLines {
  private YamlLines() {}

  static Map<String, Integer> of(Path file) {
    Map<String, Integer> lines = new HashMap<>();
    positions(file).forEach((k, v) -> lines.put(k, v[0]));
    return lines;
  }

  /** Where each field starts: {line, column}, both 1-based. */
  static Map<String, int[]> positions(Path file) {
    Map<String, int[]> lines = new HashMap<>();
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = Yaml.MAPPER.getFactory().createParser(in)) {
      Deque<String> path = new ArrayDeque<>();
      Deque<Integer> index = new ArrayDeque<>();
      String pending = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        int[] line = {p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr()};
        switch (t) {
          case FIELD_NAME -> {
            pending = join(path, p.currentName());
            lines.putIfAbsent(pending, line);
          }
          case START_OBJECT, START_ARRAY -> {
            String here = element(path, index, pending, line, lines);
            path.push(here);
            index.push(t == JsonToken.START_ARRAY ? 0 : -1);
            pending = null;
          }
          case END_OBJECT, END_ARRAY -> {
            path.pop();
            index.pop();
            advance(index);
            pending = null;
          }
          default -> {
            element(path, index, pending, line, lines);
            advance(index);
            pending = null;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // best effort: a file that does not parse already has its own error with a line
    }
    return lines;
  }

  private static String element(Deque<String> path, Deque<Integer> index, String pending, int[] line,
      Map<String, int[]> lines) {
    if (pending != null) {
      return pending;
    }
    if (!index.isEmpty() && index.peek() >= 0) {
      String here = path.peek() + "[" + index.peek() + "]";
      lines.putIfAbsent(here, line);
      return here;
    }
    return path.isEmpty() ? "" : path.peek();
  }

  private static void advance(Deque<Integer> index) {
    if (!index.isEmpty() && index.peek() >= 0) {
      index.push(index.pop() + 1);
    }
  }

  private static String join(Deque<String> path, String name) {
    String parent = path.isEmpty() ? "" : path.peek();
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /** The line of {@code field}, or of its nearest enclosing field, or 0. */
  static int lineOf(Map<String, Integer> lines, String field) {
    Map<String, int[]> positions = new HashMap<>();
    lines.forEach((k, v) -> positions.put(k, new int[] {v, 0}));
    return positionOf(positions, field)[0];
  }

  /** The {line, column} of {@code field}, or of its nearest enclosing field, or {0, 0}. */
  static int[] positionOf(Map<String, int[]> lines, String field) {
    String f = field;
    while (f != null && !f.isEmpty()) {
      int[] line = lines.get(f);
      if (line != null) {
        return line;
      }
      int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
      f = cut > 0 ? f.substring(0, cut) : null;
    }
    return new int[] {0, 0};
  }
}
