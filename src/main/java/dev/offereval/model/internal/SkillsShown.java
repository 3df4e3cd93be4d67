package dev.offereval.model.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Input, one for an offer that lists any: the skill tags the candidate lists that the data counts
 * for an expertise area (a tag the data counts for two areas is here once for each), in the order
 * of the offer's skills and, within one, of {@code expertise.yaml}. The areas they fall in are the
 * candidate's expertise. It is read off the offer in the data's terms when the offer goes in, as
 * its names are (no rule decides whether a skill is listed); the rules decide what the skills are
 * worth.
 */
public record SkillsShown(Subject subject, List<SkillTag> skills) implements AboutOffer {
  public SkillsShown {
    skills = List.copyOf(skills);
  }

  /**
   * The skills {@code subject}'s offer lists that {@code tags} counts, or null when it lists none.
   *
   * @param tags the data's skill tags by tag, each in data order ({@link #byTag})
   */
  public static SkillsShown of(Subject subject, Map<String, List<SkillTag>> tags) {
    List<SkillTag> shown = null;
    for (String skill : subject.offer().skills()) {
      List<SkillTag> counted = tags.get(skill);
      if (counted != null) {
        if (shown == null) {
          shown = new ArrayList<>(counted.size());
        }
        shown.addAll(counted);
      }
    }
    return shown == null ? null : new SkillsShown(subject, shown);
  }

  /** The data's skill tags by tag, each tag's in data order, for {@link #of}. */
  public static Map<String, List<SkillTag>> byTag(List<SkillTag> tags) {
    Map<String, List<SkillTag>> out = new HashMap<>();
    for (SkillTag t : tags) {
      out.computeIfAbsent(t.tag(), k -> new ArrayList<>(1)).add(t);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  /** The titles of the expertise areas the skills show, in order. */
  public TreeSet<String> areaTitles() {
    TreeSet<String> titles = new TreeSet<>();
    skills.forEach(s -> titles.add(s.areaTitle()));
    return titles;
  }

  /** The skills' names as a sentence says them, in tag order: "Kafka", "Kafka and Apache Flink", "A, B and C". */
  public static String spoken(Collection<SkillTag> skills) {
    TreeMap<String, String> byTag = new TreeMap<>();
    for (SkillTag s : skills) {
      byTag.putIfAbsent(s.tag(), s.name());
    }
    List<String> names = new ArrayList<>(new LinkedHashSet<>(byTag.values()));
    if (names.size() <= 1) {
      return names.isEmpty() ? "" : names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
