package dev.offereval.engine;

import dev.offereval.model.PreviousRound;
import dev.offereval.model.internal.CompetingEntry;
import dev.offereval.model.internal.ComponentRevision;
import dev.offereval.model.internal.RoundMove;
import dev.offereval.model.internal.SkillTag;
import dev.offereval.model.internal.SkillsShown;
import dev.offereval.model.internal.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What goes into a session for one offer, before any rule fires: its subject, one
 * {@link CompetingEntry} for each competing offer, the {@link SkillsShown} when it lists a
 * skill the data counts, and, for a negotiation's revised offer whose previous round asked for
 * more, the {@link RoundMove} and its four {@link ComponentRevision}s. These are the offer as written, in the data's terms; every fact the rules
 * derive from them joins on the subject.
 */
final class InputFacts {
  private InputFacts() {}

  /**
   * @param subject the offer, evaluated alone (not as a negotiation's revision)
   * @param skillTags the data's skill tags by tag ({@link SkillsShown#byTag})
   */
  static List<Object> of(Subject subject, Map<String, List<SkillTag>> skillTags) {
    return of(subject, skillTags, null, null);
  }

  /**
   * @param subject the offer
   * @param skillTags the data's skill tags by tag ({@link SkillsShown#byTag})
   * @param previous the negotiation's round before this offer, or null for an offer evaluated alone
   * @param view the comparison view's years
   */
  static List<Object> of(Subject subject, Map<String, List<SkillTag>> skillTags, PreviousRound previous,
      BigDecimal view) {
    List<CompetingEntry> competing = CompetingEntry.all(subject);
    List<Object> out = new ArrayList<>(2 + competing.size());
    out.add(subject);
    out.addAll(competing);
    SkillsShown shown = SkillsShown.of(subject, skillTags);
    if (shown != null) {
      out.add(shown);
    }
    RoundMove move = previous == null ? null : RoundMove.of(subject, previous, view);
    if (move != null) {
      out.add(move);
      out.addAll(ComponentRevision.all(move, view));
    }
    return out;
  }
}
