package dev.offereval.model.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derived, one for an offer that lists any: the skill tags the candidate lists that the data counts
 * for an expertise area (a tag the data counts for two areas is here once for each). The areas
 * they fall in are the candidate's expertise.
 */
public record SkillsShown(Subject subject, List<SkillTag> skills) implements AboutOffer {
  public SkillsShown {
    skills = List.copyOf(skills);
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
