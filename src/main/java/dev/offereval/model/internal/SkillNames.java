package dev.offereval.model.internal;

import java.util.List;

/**
 * A talking point's value that names skills: the skill tags a rule cites, said in words only when
 * the talking point is rendered, after firing ({@link SkillsShown#spoken}).
 */
public record SkillNames(List<SkillTag> skills) implements Spoken {
  public SkillNames {
    skills = List.copyOf(skills);
  }

  /** The skills' names as a sentence says them: "Kafka and Apache Flink". */
  @Override
  public String spoken() {
    return SkillsShown.spoken(skills);
  }
}
