package dev.offereval.model.internal;

import java.util.Objects;

/**
 * One company's level in a class of equivalent levels; two levels are equivalent when they share
 * a class ({@code group}), in either direction. A class is the union of the {@code data/levels.yaml}
 * entries that share levels, so it explains each equivalence by its chain of sources.
 */
public record LevelEquivalent(LevelClass group, String company, String level) {
  public LevelEquivalent {
    Objects.requireNonNull(group, "group");
    company = Keys.requireText(company, "company");
    level = Keys.requireText(level, "level");
  }

  /** In a class known by its id alone. */
  public LevelEquivalent(String group, String company, String level) {
    this(LevelClass.named(Keys.requireText(group, "group")), company, level);
  }

  public String companyKey() {
    return Keys.of(company);
  }

  public String levelKey() {
    return Keys.of(level);
  }
}
