package dev.offereval.io.guide;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offereval.io.Yaml;
import java.util.ArrayList;
import java.util.List;

/**
 * A data file whose top-level {@code key:} holds a list written one {@code "  - "} entry per item,
 * edited entry by entry: an entry the importer does not change keeps its text, comments and all.
 */
final class ListFile {
  /** One entry: its lines (without the blank lines after it) and its parsed value. */
  static final class Entry {
    List<String> lines;
    JsonNode node;
    final List<String> after = new ArrayList<>();

    Entry(List<String> lines, JsonNode node) {
      this.lines = lines;
      this.node = node;
    }
  }

  private final String key;
  private final List<String> head = new ArrayList<>();
  private final List<String> tail = new ArrayList<>();
  final List<Entry> entries = new ArrayList<>();
  private boolean blankBetween;

  private ListFile(String key) {
    this.key = key;
  }

  /** Reads {@code text}; null text is a new file with {@code header} comment lines. */
  static ListFile read(String text, String key, List<String> header) throws java.io.IOException {
    ListFile f = new ListFile(key);
    if (text == null) {
      f.head.addAll(header);
      f.head.add(key + ":");
      return f;
    }
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    int at = lines.indexOf(key + ":");
    if (at < 0 && lines.indexOf(key + ": []") >= 0) {
      at = lines.indexOf(key + ": []");
      lines.set(at, key + ":");
    }
    if (at < 0) {
      f.head.addAll(lines);
      f.head.add(key + ":");
      return f;
    }
    f.head.addAll(lines.subList(0, at + 1));
    JsonNode list = Yaml.readTree(text).path(key);
    int i = at + 1;
    List<String> current = null;
    while (i < lines.size()) {
      String l = lines.get(i);
      boolean top = !l.isEmpty() && !l.startsWith(" ") && !l.startsWith("#");
      if (top) {
        break;
      }
      if (l.startsWith("  - ")) {
        current = new ArrayList<>();
        f.entries.add(new Entry(current, list.path(f.entries.size())));
      }
      if (current == null) {
        f.head.add(l);
      } else {
        current.add(l);
      }
      i++;
    }
    f.tail.addAll(lines.subList(i, lines.size()));
    if (f.entries.size() != list.size()) {
      throw new java.io.IOException("its " + key + " list is not written one `  - ` entry per item; edit it by hand");
    }
    // blank lines and top-level comments after the last entry introduce what follows the list
    List<String> last = f.entries.isEmpty() ? List.of() : f.entries.get(f.entries.size() - 1).lines;
    while (!last.isEmpty() && (last.get(last.size() - 1).isBlank() || last.get(last.size() - 1).startsWith("#"))) {
      f.tail.add(0, last.remove(last.size() - 1));
    }
    for (Entry e : f.entries) {
      while (!e.lines.isEmpty() && e.lines.get(e.lines.size() - 1).isBlank()) {
        e.after.add(0, e.lines.remove(e.lines.size() - 1));
      }
    }
    f.blankBetween = f.entries.size() > 1 && !f.entries.get(0).after.isEmpty();
    return f;
  }

  void add(List<String> lines, JsonNode node) {
    Entry e = new Entry(lines, node);
    if (!entries.isEmpty() && blankBetween && entries.get(entries.size() - 1).after.isEmpty()) {
      entries.get(entries.size() - 1).after.add("");
    }
    entries.add(e);
  }

  String text() {
    List<String> out = new ArrayList<>(head);
    for (Entry e : entries) {
      out.addAll(e.lines);
      out.addAll(e.after);
    }
    out.addAll(tail);
    return String.join("\n", out) + "\n";
  }
}
