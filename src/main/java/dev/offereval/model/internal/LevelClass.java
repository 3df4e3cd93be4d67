package dev.offereval.model.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A class of equivalent levels: the levels that {@code data/levels.yaml} entries link, directly or
 * through a chain of entries that share a level (Twilio L2 = Google L3 in one guide, Example
 * Analytics A2 = Google L3 in another, make Twilio L2 = Example Analytics A2).
 *
 * <p>The rules see it as the {@code group} of a {@link LevelEquivalent} and compare it by its id,
 * the least id of its entries, so its identity does not depend on the order entries were written
 * in. It writes itself as its id.
 */
public final class LevelClass {
  private final String id;
  private final List<LevelMapping> mappings;

  /**
   * @param id its id
   * @param mappings the entries that make it, in file order
   */
  public LevelClass(String id, List<LevelMapping> mappings) {
    this.id = Keys.requireText(id, "id");
    this.mappings = List.copyOf(mappings);
  }

  /** A class known by its id alone, with no entries to explain it (tests, hand-made facts). */
  public static LevelClass named(String id) {
    return new LevelClass(id, List.of());
  }

  public String id() {
    return id;
  }

  /** The entries that make it, in file order. */
  public List<LevelMapping> mappings() {
    return mappings;
  }

  /** Its levels, each once, in the order the entries first list them. */
  public List<LevelMapping.Level> levels() {
    Map<String, LevelMapping.Level> out = new LinkedHashMap<>();
    for (LevelMapping m : mappings) {
      for (LevelMapping.Level l : m.levels()) {
        out.putIfAbsent(l.key(), l);
      }
    }
    return List.copyOf(out.values());
  }

  /** One step of a chain: the level reached, and the entry that says it equals the one before. */
  public record Link(LevelMapping.Level level, LevelMapping via) {}

  /**
   * The shortest chain of entries from one level to another: each link names a level and the entry
   * that makes it equivalent to the level before it (the first link's to {@code from}). Empty when
   * the two are the same level or this class does not link them. Among chains of one length, the
   * one through the earliest entries.
   */
  public List<Link> chain(LevelMapping.Level from, LevelMapping.Level to) {
    String start = from.key();
    String goal = to.key();
    if (start.equals(goal)) {
      return List.of();
    }
    Map<String, Link> reachedBy = new HashMap<>();
    Map<String, String> previous = new HashMap<>();
    previous.put(start, null);
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String at = queue.poll();
      for (LevelMapping m : mappings) {
        if (!m.lists(at)) {
          continue;
        }
        for (LevelMapping.Level l : m.levels()) {
          String k = l.key();
          if (previous.containsKey(k)) {
            continue;
          }
          previous.put(k, at);
          reachedBy.put(k, new Link(l, m));
          if (k.equals(goal)) {
            List<Link> path = new ArrayList<>();
            for (String n = goal; !n.equals(start); n = previous.get(n)) {
              path.add(reachedBy.get(n));
            }
            Collections.reverse(path);
            return List.copyOf(path);
          }
          queue.add(k);
        }
      }
    }
    return List.of();
  }

  /**
   * {@link #chain} as an author reads it: {@code Twilio L2 = Google L3 (levels.yaml:8, guide A) =
   * Example Analytics A2 (levels.yaml:20, guide B)}.
   */
  public String chainText(LevelMapping.Level from, LevelMapping.Level to) {
    StringBuilder text = new StringBuilder(from.toString());
    for (Link link : chain(from, to)) {
      text.append(" = ").append(link.level()).append(" (").append(link.via().where()).append(")");
    }
    return text.toString();
  }

  /**
   * For a class joined from more than one entry, how each level the first entry does not list is
   * equivalent to the first entry's first level ({@link #chainText}); empty for a class of one entry.
   */
  public List<String> joins() {
    if (mappings.size() < 2) {
      return List.of();
    }
    LevelMapping first = mappings.get(0);
    LevelMapping.Level from = first.levels().get(0);
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (LevelMapping m : mappings.subList(1, mappings.size())) {
      for (LevelMapping.Level l : m.levels()) {
        if (!first.lists(l.key()) && seen.add(l.key())) {
          out.add(chainText(from, l));
        }
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LevelClass c && id.equals(c.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
