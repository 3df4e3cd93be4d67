package dev.offereval.model.internal;

import dev.offereval.model.CompetingFigures;
import dev.offereval.model.Offer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derived: a competing offer compared with the offer as a package at its level, through {@code
 * group}: at the level equivalent to the offer's ({@code levelsBelow} 0), or below it on its
 * company's ladder ({@code levelsBelow} 1 or more), where what a more junior level pays is a floor
 * for the offer's.
 *
 * @param group the class of equivalent levels that holds the offer's level
 * @param equivalentLevel the competing company's level equivalent to the offer's
 */
public record EquivalentCompeting(Subject subject, CompetingFigures competing, LevelClass group,
    String equivalentLevel, int levelsBelow) implements AboutOffer {

  /** At the equivalent level itself. */
  public EquivalentCompeting(Subject subject, CompetingFigures competing, LevelClass group) {
    this(subject, competing, group, competing.offer().level(), 0);
  }

  /** At the equivalent level itself, in a class known by its id alone. */
  public EquivalentCompeting(Subject subject, CompetingFigures competing, String group) {
    this(subject, competing, LevelClass.named(group));
  }

  /** In a class known by its id alone. */
  public EquivalentCompeting(Subject subject, CompetingFigures competing, String group, String equivalentLevel,
      int levelsBelow) {
    this(subject, competing, LevelClass.named(group), equivalentLevel, levelsBelow);
  }

  /**
   * Where it stands against the offer's level, as a message: at an equivalent level, or N levels
   * below; with the chain of sources that makes the levels equivalent ({@code chain}, and {@code
   * chained} when it takes more than one source).
   */
  public Said level() {
    Map<String, Object> values = new HashMap<>(chain());
    if (levelsBelow == 0) {
      return Said.of("equivalent-level", values);
    }
    values.putAll(Map.of("level", competing.offer().level(), "levels", levelsBelow, "company", competing.company(),
        "equivalent", equivalentLevel));
    return Said.of("levels-below", values);
  }

  /**
   * The offer's level, then each level on the way to the competing company's equivalent one with the
   * source that says so (message {@code level-chain-link}); none when the class cannot explain it.
   */
  private Map<String, Object> chain() {
    Offer o = subject.offer();
    List<LevelClass.Link> links = group.chain(new LevelMapping.Level(o.company(), o.level()),
        new LevelMapping.Level(competing.company(), equivalentLevel));
    if (links.isEmpty()) {
      return Map.of();
    }
    List<Object> steps = new ArrayList<>();
    steps.add(o.company() + " " + o.level());
    for (LevelClass.Link l : links) {
      LevelMapping via = l.via();
      steps.add(Said.of("level-chain-link", Map.of("level", l.level().toString(),
          "source", via.source() == null ? "levels.yaml " + via.id() : via.source())));
    }
    return Map.of("chain", steps, "chained", links.size() > 1);
  }
}
