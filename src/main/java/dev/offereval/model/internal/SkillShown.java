package dev.offereval.model.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Derived: the candidate lists a skill tag that the data counts for an expertise area; {@code name}
 * is how it is written in a sentence.
 */
public record SkillShown(Subject subject, String tag, String area, String name) implements AboutOffer {

  /** The skills' names as a sentence says them, in tag order: "Kafka", "Kafka and Apache Flink", "A, B and C". */
  public static String spoken(Collection<SkillShown> skills) {
    TreeMap<String, String> byTag = new TreeMap<>();
    for (SkillShown s : skills) {
      byTag.putIfAbsent(s.tag(), s.name());
    }
    List<String> names = new ArrayList<>(new java.util.LinkedHashSet<>(byTag.values()));
    if (names.size() <= 1) {
      return names.isEmpty() ? "" : names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

}
