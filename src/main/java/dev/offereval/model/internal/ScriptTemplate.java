package dev.offereval.model.internal;

import dev.offereval.model.Attribution;
import dev.offereval.model.Provenance;

/**
 * A negotiation script with {@code {placeholders}}.
 *
 * @param company the company it is written for, or null for a template that serves any company
 * @param basis {@code competing} (built around a competing package), {@code expertise} (around the band
 *     target and the candidate's expertise) or {@code accept} (the offer is accepted as it stands) or {@code relevel} (no counter is worth making,
 *     but a competing offer one level up is worth asking about) or {@code relevel-counter} (a counter is
 *     worth making, and a competing offer one level up is asked about first); or, for a negotiation's
 *     round 2 or later ({@code rules/rounds.drl}), {@code round-accept}, {@code round-trade}, {@code
 *     round-hold} or {@code round-decide}
 * @param citesPeerGroup for a competing script whose words presume the competing company is a peer
 *     (such as "a leading data platform company"), that peer group; null when any company fits
 * @param requiresLever for a company's script whose words presume the candidate's work fits the
 *     company's own initiative (such as CustomerAI), the id of the lever that shows it; the script is
 *     used only when that lever applies. Null when it presumes nothing of the kind
 * @param sourceText the guide's script this one is written from, verbatim, or null
 * @param source where {@code sourceText} comes from (guide, section, file and line), or null
 * @param provenance the guide's words, adapted from them, or the project's own; null derives it
 *     from {@code text} and {@code sourceText}
 */
public record ScriptTemplate(
    String id, String company, String basis, String citesPeerGroup, String requiresLever, String text,
    String sourceText, String source, Provenance provenance) {
  /** Every basis a script may have. */
  public static final java.util.Set<String> BASES = java.util.Set.of("competing", "expertise", "accept", "relevel",
      "relevel-counter", "round-accept", "round-trade", "round-hold", "round-decide");

  public ScriptTemplate {
    id = Keys.requireText(id, "id");
    basis = Keys.requireText(basis, "basis");
    text = Keys.requireText(text, "text");
    if (!BASES.contains(basis)) {
      throw new IllegalArgumentException("basis must be competing, expertise, accept, relevel, relevel-counter,"
          + " round-accept, round-trade, round-hold or round-decide, was " + basis);
    }
    company = company == null || company.isBlank() ? null : company.trim();
    citesPeerGroup = citesPeerGroup == null || citesPeerGroup.isBlank() ? null : citesPeerGroup.trim();
    requiresLever = requiresLever == null || requiresLever.isBlank() ? null : requiresLever.trim();
    sourceText = sourceText == null || sourceText.isBlank() ? null : sourceText.strip();
    source = source == null || source.isBlank() ? null : source.strip();
    provenance = provenance == null ? Provenance.derived(text, sourceText) : provenance;
  }

  /** A template with no recorded source, its provenance derived from its words. */
  public ScriptTemplate(String id, String company, String basis, String citesPeerGroup, String text,
      String sourceText) {
    this(id, company, basis, citesPeerGroup, null, text, sourceText, null, null);
  }

  /** Where the script's words come from. */
  public Attribution attribution() {
    return new Attribution(provenance, source);
  }

  /**
   * Whether it answers a negotiation's later round ({@code rules/rounds.drl}).
   *
   * @return true for the {@code round-*} bases
   */
  public boolean ofLaterRound() {
    return basis.startsWith("round-");
  }

  public String companyKey() {
    return Keys.of(company);
  }
}
