package dev.offereval.model.internal;


/**
 * One company's level in a group of equivalent levels; two levels are equivalent when they share
 * a group, in either direction.
 */
public record LevelEquivalent(String group, String company, String level) {
  public LevelEquivalent {
    group = Keys.requireText(group, "group");
    company = Keys.requireText(company, "company");
    level = Keys.requireText(level, "level");
  }

  public String companyKey() {
    return Keys.of(company);
  }

  public String levelKey() {
    return Keys.of(level);
  }
}
