package dev.offereval.model.internal;

import java.util.List;
import java.util.Map;

/**
 * Derived: a lever from the catalog applies. {@code reason} names the facts that triggered it, as a
 * message of {@code data/messages.yaml}; {@code values} fill the talking point's placeholders.
 */
public record LeverApplied(Subject subject, String leverId, Said reason, Map<String, Object> values) implements AboutOffer {
  public LeverApplied {
    values = Map.copyOf(values == null ? Map.of() : values);
  }

  public LeverApplied(Subject subject, String leverId, Said reason) {
    this(subject, leverId, reason, Map.of());
  }

  /**
   * A lever of the catalog that says when it applies ({@code applies-when}), applied on {@code
   * shown}, the candidate's skills that meet its terms: the reason names them and what the lever
   * needs, and the scope (company, role) when it has one; the talking point can name the skills,
   * the company and the role.
   */
  public static LeverApplied fromData(Subject subject, Lever lever, java.util.Collection<SkillTag> shown) {
    LeverNeeds needs = lever.needs();
    Map<String, Object> why = new java.util.HashMap<>();
    why.put("skills", new java.util.TreeSet<>(shown.stream().map(SkillTag::tag).toList()));
    why.put("needs", needs.said());
    why.put("scoped", lever.company() != null || needs.role() != null);
    if (lever.company() != null) {
      why.put("company", lever.company());
    }
    if (needs.role() != null) {
      why.put("role", needs.role());
    }
    dev.offereval.model.Offer o = subject.offer();
    return new LeverApplied(subject, lever.id(), Said.of("lever-from-data", why),
        Map.of("skills", new SkillNames(List.copyOf(shown)), "company", o.company(), "role", o.role()));
  }
}
