package dev.offereval.model;

/** A skill tag (lower case) that counts as evidence of an expertise area. */
public record SkillTag(String tag, String area) {
  public SkillTag {
    tag = Keys.of(Keys.requireText(tag, "tag"));
    area = Keys.requireText(area, "area");
  }
}
