package dev.offereval.model.internal;

import dev.offereval.model.internal.Keys;

/**
 * A negotiation script with {@code {placeholders}}.
 *
 * @param company the company it is written for, or null for a template that serves any company
 * @param basis {@code competing} (built around a competing package), {@code expertise} (around the band
 *     target and the candidate's expertise) or {@code accept} (the offer is accepted as it stands) or {@code relevel} (no counter is worth making,
 *     but a competing offer one level up is worth asking about)
 * @param citesPeerGroup for a competing script whose words presume the competing company is a peer
 *     (such as "a leading data platform company"), that peer group; null when any company fits
 */
public record ScriptTemplate(
    String id, String company, String basis, String citesPeerGroup, String text, String sourceText) {
  public ScriptTemplate {
    id = Keys.requireText(id, "id");
    basis = Keys.requireText(basis, "basis");
    text = Keys.requireText(text, "text");
    if (!java.util.Set.of("competing", "expertise", "accept", "relevel").contains(basis)) {
      throw new IllegalArgumentException("basis must be competing, expertise, accept or relevel, was " + basis);
    }
    company = company == null || company.isBlank() ? null : company.trim();
    citesPeerGroup = citesPeerGroup == null || citesPeerGroup.isBlank() ? null : citesPeerGroup.trim();
  }

  public String companyKey() {
    return Keys.of(company);
  }
}
