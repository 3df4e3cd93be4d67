package dev.offereval.model.internal;

import java.util.List;

/**
 * One entry of {@code data/levels.yaml} {@code groups}: levels its source states are equivalent,
 * such as a guide's level mapping line. Entries may share levels; equivalence is the union of them
 * all ({@link LevelClass}).
 *
 * @param id the entry's id
 * @param source where it comes from, as the entry says (a guide's title, file and line)
 * @param line the entry's line in levels.yaml (0 when not known)
 * @param levels the levels it maps, in the order it lists them
 */
public record LevelMapping(String id, String source, int line, List<Level> levels) {
  public LevelMapping {
    id = Keys.requireText(id, "id");
    levels = List.copyOf(levels);
  }

  /** A company's level. */
  public record Level(String company, String level) {
    public Level {
      company = Keys.requireText(company, "company");
      level = Keys.requireText(level, "level");
    }

    /** Company and level as matching compares them. */
    public String key() {
      return Keys.of(company) + "|" + Keys.of(level);
    }

    @Override
    public String toString() {
      return company + " " + level;
    }
  }

  /** Whether it lists the level whose {@link Level#key} is {@code key}. */
  public boolean lists(String key) {
    for (Level l : levels) {
      if (l.key().equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Where it is: {@code levels.yaml:12} and its source. */
  public String where() {
    return "levels.yaml" + (line > 0 ? ":" + line : "") + (source == null ? "" : ", " + source);
  }
}
