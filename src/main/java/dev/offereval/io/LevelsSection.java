package dev.offereval.io;

import dev.offereval.io.DataDocs.LadderDoc;
import dev.offereval.io.DataDocs.LevelDoc;
import dev.offereval.io.DataDocs.LevelGroupDoc;
import dev.offereval.io.DataDocs.LevelsDoc;
import dev.offereval.model.DataIssue;
import dev.offereval.model.internal.Keys;
import dev.offereval.model.internal.LevelClass;
import dev.offereval.model.internal.LevelEquivalent;
import dev.offereval.model.internal.LevelMapping;
import dev.offereval.model.internal.LevelRank;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code data/levels.yaml}: the ladders ({@link LevelRank}) and the level equivalences. Each entry
 * of {@code groups} states that the levels it lists are equivalent, with its source (a guide's
 * level mapping line); entries may share levels, and equivalence is the union of them all. The
 * entries that share levels, directly or through others, make one {@link LevelClass}, and each of
 * its levels one {@link LevelEquivalent} fact. A class in which a company holds two of its own
 * levels is a contradiction, reported with the chain of entries that makes it.
 */
final class LevelsSection {
  static final String FILE = "levels.yaml";

  private final Map<String, int[]> positions;
  private final List<DataIssue> errors = new ArrayList<>();
  final List<LevelRank> ladders = new ArrayList<>();
  final List<LevelEquivalent> levels = new ArrayList<>();

  /** @param positions where each field of levels.yaml starts, for the lines the entries are at */
  private LevelsSection(Map<String, int[]> positions) {
    this.positions = positions;
  }

  /** Reads {@code doc}; its problems are in {@link #errors()}. */
  static LevelsSection read(LevelsDoc doc, Map<String, int[]> positions) {
    LevelsSection s = new LevelsSection(positions);
    s.ladders(list(doc.ladders()));
    s.classes(s.mappings(list(doc.groups())));
    return s;
  }

  List<DataIssue> errors() {
    return errors;
  }

  private void ladders(List<LadderDoc> docs) {
    Set<String> laddered = new HashSet<>();
    for (int g = 0; g < docs.size(); g++) {
      LadderDoc ladder = docs.get(g);
      String at = "ladders[" + g + "]";
      String company = required(at + ".company", ladder.company());
      if (company == null) {
        continue;
      }
      if (!laddered.add(Keys.of(company))) {
        error(at + ".company", "a second ladder for " + company + "; a company has one");
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < list(ladder.levels()).size(); i++) {
        String level = ladder.levels().get(i);
        String lat = at + ".levels[" + i + "]";
        if (level == null || level.isBlank()) {
          error(lat, "is blank");
        } else if (!seen.add(Keys.of(level))) {
          error(lat, "level " + level + " is listed twice in " + company + "'s ladder");
        } else {
          ladders.add(new LevelRank(company, level, i));
        }
      }
    }
  }

  /** Each well-formed entry, with its index in {@code groups}. */
  private Map<Integer, LevelMapping> mappings(List<LevelGroupDoc> docs) {
    Map<Integer, LevelMapping> out = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (int g = 0; g < docs.size(); g++) {
      LevelGroupDoc group = docs.get(g);
      String at = "groups[" + g + "]";
      String id = required(at + ".id", group.id());
      if (id == null) {
        continue;
      }
      if (!ids.add(id)) {
        error(at + ".id", "duplicate group id " + id);
      }
      Map<String, String> levelOfCompany = new HashMap<>();
      List<LevelMapping.Level> listed = new ArrayList<>();
      for (int i = 0; i < list(group.levels()).size(); i++) {
        LevelDoc l = group.levels().get(i);
        String lat = at + ".levels[" + i + "]";
        String company = required(lat + ".company", l.company());
        String level = required(lat + ".level", l.level());
        if (company == null || level == null) {
          continue;
        }
        String other = levelOfCompany.putIfAbsent(Keys.of(company), level);
        if (other != null) {
          error(lat, "contradiction: " + company + " " + level + " and " + company + " " + other
              + " would be equivalent to each other through group " + id);
          continue;
        }
        listed.add(new LevelMapping.Level(company, level));
      }
      int line = YamlLines.positionOf(positions, at)[0];
      out.put(g, new LevelMapping(id, group.source() == null ? null : group.source().strip(), line, listed));
    }
    return out;
  }

  /** Joins entries that share a level into classes, checks each, and makes the facts. */
  private void classes(Map<Integer, LevelMapping> mappings) {
    List<Integer> index = new ArrayList<>(mappings.keySet());
    int[] parent = new int[index.size()];
    Map<String, Integer> firstWith = new HashMap<>();
    for (int m = 0; m < index.size(); m++) {
      parent[m] = m;
      for (LevelMapping.Level l : mappings.get(index.get(m)).levels()) {
        Integer other = firstWith.putIfAbsent(l.key(), m);
        if (other != null) {
          union(parent, other, m);
        }
      }
    }
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int m = 0; m < index.size(); m++) {
      members.computeIfAbsent(find(parent, m), r -> new ArrayList<>()).add(m);
    }
    for (List<Integer> group : members.values()) {
      List<LevelMapping> entries = group.stream().map(m -> mappings.get(index.get(m))).toList();
      LevelClass c = new LevelClass(new TreeSet<>(entries.stream().map(LevelMapping::id).toList()).first(), entries);
      if (consistent(c, group.stream().map(index::get).toList())) {
        c.levels().forEach(l -> levels.add(new LevelEquivalent(c, l.company(), l.level())));
      }
    }
    // the facts in the order levels.yaml first lists them, whatever class they are in
    Map<String, Integer> order = new HashMap<>();
    mappings.values().forEach(m -> m.levels().forEach(l -> order.putIfAbsent(l.key(), order.size())));
    levels.sort(java.util.Comparator.comparingInt(l -> order.get(Keys.of(l.company()) + "|" + Keys.of(l.level()))));
  }

  /**
   * Whether no company holds two of its own levels in {@code c}; else an error at the entry that
   * brings in the second, naming the chain of entries from the first.
   */
  private boolean consistent(LevelClass c, List<Integer> groupIndex) {
    Map<String, LevelMapping.Level> levelOfCompany = new HashMap<>();
    boolean ok = true;
    for (int e = 0; e < c.mappings().size(); e++) {
      LevelMapping m = c.mappings().get(e);
      for (int i = 0; i < m.levels().size(); i++) {
        LevelMapping.Level l = m.levels().get(i);
        LevelMapping.Level first = levelOfCompany.putIfAbsent(Keys.of(l.company()), l);
        if (first == null || first.key().equals(l.key())) {
          continue;
        }
        ok = false;
        error("groups[" + groupIndex.get(e) + "].levels[" + i + "]", "contradiction: " + first + " and " + l
            + " would be equivalent, as " + c.chainText(first, l) + "; a company's own levels are never equivalent to each other,"
            + " so one of these mappings is wrong");
      }
    }
    return ok;
  }

  private static int find(int[] parent, int m) {
    while (parent[m] != m) {
      parent[m] = parent[parent[m]];
      m = parent[m];
    }
    return m;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private String required(String field, String value) {
    if (value == null || value.isBlank()) {
      error(field, "is required");
      return null;
    }
    return value.strip();
  }

  private void error(String field, String message) {
    errors.add(new DataIssue(FILE, 0, field, message));
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }
}
