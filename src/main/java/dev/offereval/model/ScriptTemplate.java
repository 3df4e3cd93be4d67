package dev.offereval.model;

/**
 * A negotiation script with {@code {placeholders}}.
 *
 * @param company the company it is written for, or null for a template that serves any company
 * @param basis {@code competing} (built around a competing package), {@code expertise} (around the band
 *     target and the candidate's expertise) or {@code accept} (the offer is accepted as it stands)
 * @param citesPeerGroup for a competing script whose words presume the competing company is a peer
 *     (such as "a leading data platform company"), that peer group; null when any company fits
 */
public record ScriptTemplate(
    String id, String company, String basis, String citesPeerGroup, String text, String sourceText) {
  public ScriptTemplate {
    id = Keys.requireText(id, "id");
    basis = Keys.requireText(basis, "basis");
    text = Keys.requireText(text, "text");
    if (!basis.equals("competing") && !basis.equals("expertise") && !basis.equals("accept")) {
      throw new IllegalArgumentException("basis must be competing, expertise or accept, was " + basis);
    }
    company = company == null || company.isBlank() ? null : company.trim();
    citesPeerGroup = citesPeerGroup == null || citesPeerGroup.isBlank() ? null : citesPeerGroup.trim();
  }

  public String companyKey() {
    return Keys.of(company);
  }
}
