package dev.offereval.model.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * When a lever from data applies, without a rule of its own ({@code applies-when} in
 * {@code levers.yaml}). Each term is an expertise area id or a skill tag.
 *
 * @param anyOf at least one of these must be shown (none listed: no such condition)
 * @param allOf every one of these must be shown
 * @param role the role the lever is scoped to, or null for any role
 */
public record LeverNeeds(List<String> anyOf, List<String> allOf, String role) {
  public LeverNeeds {
    anyOf = keys(anyOf);
    allOf = keys(allOf);
    role = role == null || role.isBlank() ? null : role.strip();
    if (anyOf.isEmpty() && allOf.isEmpty()) {
      throw new IllegalArgumentException("applies-when needs any-of or all-of (expertise areas or skill tags)");
    }
  }

  private static List<String> keys(List<String> terms) {
    List<String> out = new ArrayList<>();
    for (String t : terms == null ? List.<String>of() : terms) {
      out.add(Keys.of(Keys.requireText(t, "an applies-when term")));
    }
    return List.copyOf(out);
  }

  public String roleKey() {
    return Keys.of(role);
  }

  /** Whether {@code skill} meets one of the terms. */
  public boolean matches(SkillTag skill) {
    return anyOf.contains(skill.tag()) || anyOf.contains(skill.area())
        || allOf.contains(skill.tag()) || allOf.contains(skill.area());
  }

  /** Every term, for checking that each names an area or tag the data has. */
  public List<String> terms() {
    List<String> all = new ArrayList<>(allOf);
    all.addAll(anyOf);
    return all;
  }

  /** What a reason says the lever needed: "all of cdp; any of streaming, ml-infrastructure". */
  /** What the lever needs, as message {@code lever-needs}: "all of cdp; any of streaming". */
  public Said said() {
    Map<String, Object> v = new java.util.HashMap<>();
    if (!allOf.isEmpty()) {
      v.put("allOf", allOf);
    }
    if (!anyOf.isEmpty()) {
      v.put("anyOf", anyOf);
    }
    v.put("both", !allOf.isEmpty() && !anyOf.isEmpty());
    return Said.of("lever-needs", v);
  }

  /**
   * Whether {@code shown}, the skills an offer shows, meet these needs: each all-of term is some
   * skill's tag or area, and, when any-of lists terms, one of them is.
   */
  public boolean isMetBy(Collection<SkillTag> shown) {
    for (String term : allOf) {
      if (shown.stream().noneMatch(s -> term.equals(s.tag()) || term.equals(s.area()))) {
        return false;
      }
    }
    return anyOf.isEmpty() || shown.stream().anyMatch(s -> anyOf.contains(s.tag()) || anyOf.contains(s.area()));
  }

  /** The skills among {@code shown} that meet a term (the evidence a talking point may name). */
  public List<SkillTag> evidence(Collection<SkillTag> shown) {
    return shown.stream().filter(this::matches).toList();
  }
}
