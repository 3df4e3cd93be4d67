package dev.offereval.model.internal;

/**
 * A skill tag (lower case) that counts as evidence of an expertise area.
 *
 * @param name how the skill is written in a sentence ({@code Apache Flink}); the tag itself when
 *     the data gives no name
 * @param areaTitle the title of its area ({@code expertise.yaml}), so that a script names the area
 *     without joining it again; the area id when not given
 */
public record SkillTag(String tag, String area, String name, String areaTitle) {
  public SkillTag {
    tag = Keys.of(Keys.requireText(tag, "tag"));
    area = Keys.requireText(area, "area");
    name = name == null || name.isBlank() ? tag : name.strip();
    areaTitle = areaTitle == null || areaTitle.isBlank() ? area : areaTitle.strip();
  }

  public SkillTag(String tag, String area, String name) {
    this(tag, area, name, null);
  }

  public SkillTag(String tag, String area) {
    this(tag, area, null, null);
  }
}
