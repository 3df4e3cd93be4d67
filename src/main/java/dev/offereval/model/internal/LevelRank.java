package dev.offereval.model.internal;


/**
 * A company's level and its rank on that company's ladder (0 is the most junior listed), from the
 * {@code ladders} of {@code data/levels.yaml}.
 */
public record LevelRank(String company, String level, int rank) {
  public LevelRank {
    company = Keys.requireText(company, "company");
    level = Keys.requireText(level, "level");
    if (rank < 0) {
      throw new IllegalArgumentException("rank is negative: " + rank);
    }
  }

  public String companyKey() {
    return Keys.of(company);
  }

  public String levelKey() {
    return Keys.of(level);
  }
}
