package dev.offereval.model.internal;

import dev.offereval.model.CompetingFigures;

/**
 * Derived: a competing offer compared with the offer as a package at its level, through {@code
 * group}: at the level equivalent to the offer's ({@code levelsBelow} 0), or below it on its
 * company's ladder ({@code levelsBelow} 1 or more), where what a more junior level pays is a floor
 * for the offer's.
 *
 * @param equivalentLevel the competing company's level equivalent to the offer's
 */
public record EquivalentCompeting(Subject subject, CompetingFigures competing, String group,
    String equivalentLevel, int levelsBelow) implements AboutOffer {

  /** At the equivalent level itself. */
  public EquivalentCompeting(Subject subject, CompetingFigures competing, String group) {
    this(subject, competing, group, competing.offer().level(), 0);
  }

  /**
   * How its level stands, for reasons: {@code " at an equivalent level"}, or for example {@code " at
   * IC1, one level below Snowflake IC2 (the equivalent of this offer's level), so what it pays is a
   * floor"}.
   */
  /** Where it stands against the offer's level, as a message: at an equivalent level, or N levels below. */
  public Said level() {
    return levelsBelow == 0 ? Said.of("equivalent-level") : Said.of("levels-below", java.util.Map.of(
        "level", competing.offer().level(), "levels", levelsBelow, "company", competing.company(),
        "equivalent", equivalentLevel));
  }

}
