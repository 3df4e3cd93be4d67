package dev.offereval.model.internal;

import dev.offereval.model.CompetingFigures;

/**
 * Derived: a competing offer {@code levelsAbove} levels (1 or more) above the level its company has
 * that is equivalent to the offer's ({@code equivalentLevel}).
 */
public record LevelUp(Subject subject, CompetingFigures competing, String equivalentLevel, int levelsAbove)
    implements AboutOffer {

  /** One level above. */
  public LevelUp(Subject subject, CompetingFigures competing, String equivalentLevel) {
    this(subject, competing, equivalentLevel, 1);
  }

  /** In words: {@code "one level above"}, {@code "two levels above"}. */
  /** How far above the offer's level, as a message: "one level above". */
  public Said distance() {
    return Said.of("levels-above", java.util.Map.of("levels", levelsAbove));
  }

  public String above() {
    return Words.cardinal(levelsAbove) + (levelsAbove == 1 ? " level" : " levels") + " above";
  }
}
