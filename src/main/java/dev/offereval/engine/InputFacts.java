package dev.offereval.engine;

import dev.offereval.model.internal.CompetingEntry;
import dev.offereval.model.internal.SkillTag;
import dev.offereval.model.internal.SkillsShown;
import dev.offereval.model.internal.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What goes into a session for one offer, before any rule fires: its subject, one
 * {@link CompetingEntry} for each competing offer, and the {@link SkillsShown} when it lists a
 * skill the data counts. These are the offer as written, in the data's terms; every fact the rules
 * derive from them joins on the subject.
 */
final class InputFacts {
  private InputFacts() {}

  /**
   * @param subject the offer
   * @param skillTags the data's skill tags by tag ({@link SkillsShown#byTag})
   */
  static List<Object> of(Subject subject, Map<String, List<SkillTag>> skillTags) {
    List<CompetingEntry> competing = CompetingEntry.all(subject);
    List<Object> out = new ArrayList<>(2 + competing.size());
    out.add(subject);
    out.addAll(competing);
    SkillsShown shown = SkillsShown.of(subject, skillTags);
    if (shown != null) {
      out.add(shown);
    }
    return out;
  }
}
