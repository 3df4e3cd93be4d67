package dev.offereval.model.internal;


/**
 * A skill tag (lower case) that counts as evidence of an expertise area.
 *
 * @param name how the skill is written in a sentence ({@code Apache Flink}); the tag itself when
 *     the data gives no name
 */
public record SkillTag(String tag, String area, String name) {
  public SkillTag {
    tag = Keys.of(Keys.requireText(tag, "tag"));
    area = Keys.requireText(area, "area");
    name = name == null || name.isBlank() ? tag : name.strip();
  }

  public SkillTag(String tag, String area) {
    this(tag, area, null);
  }
}
