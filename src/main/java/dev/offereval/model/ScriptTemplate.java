package dev.offereval.model;

/**
 * A negotiation script with {@code {placeholders}}.
 *
 * @param company the company it is written for, or null for a template that serves any company
 * @param basis {@code competing} (built around a higher competing offer) or {@code expertise}
 */
public record ScriptTemplate(String id, String company, String basis, String text, String sourceText) {
  public ScriptTemplate {
    id = Keys.requireText(id, "id");
    basis = Keys.requireText(basis, "basis");
    text = Keys.requireText(text, "text");
    if (!basis.equals("competing") && !basis.equals("expertise")) {
      throw new IllegalArgumentException("basis must be competing or expertise, was " + basis);
    }
    company = company == null || company.isBlank() ? null : company.trim();
  }

  public String companyKey() {
    return Keys.of(company);
  }
}
