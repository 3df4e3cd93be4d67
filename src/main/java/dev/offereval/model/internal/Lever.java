package dev.offereval.model.internal;

import dev.offereval.model.Provenance;

/**
 * A negotiation lever from the catalog.
 *
 * @param category {@code global} or {@code company-specific}
 * @param company for a company-specific lever, the company it belongs to; otherwise null
 * @param expertise whether the lever counts as an expertise lever when the rules aim higher in the
 *     band
 * @param talkingPoint the words to say, with {@code {placeholders}} that the rules fill
 * @param sourceText the guide's own words, kept verbatim: output shows them beside the talking
 *     point as "the guide's words"
 * @param source where {@code sourceText} comes from (guide, section, file and line), or null
 * @param needs for a lever that applies from data alone, when it applies; null for a lever that a
 *     rule applies
 * @param provenance whether the talking point is the guide's words, adapted from them, or the
 *     project's own; null derives it from the talking point and {@code sourceText}
 */
public record Lever(
    String id,
    String title,
    String category,
    String company,
    boolean expertise,
    String talkingPoint,
    String sourceText,
    String source,
    LeverNeeds needs,
    Provenance provenance) {
  public Lever {
    id = Keys.requireText(id, "id");
    title = Keys.requireText(title, "title");
    category = Keys.requireText(category, "category");
    talkingPoint = Keys.requireText(talkingPoint, "talking-point");
    if (!category.equals("global") && !category.equals("company-specific")) {
      throw new IllegalArgumentException(
          "category must be global or company-specific, was " + category);
    }
    if (category.equals("company-specific") && (company == null || company.isBlank())) {
      throw new IllegalArgumentException("a company-specific lever needs a company");
    }
    company = company == null || company.isBlank() ? null : company.strip();
    sourceText = sourceText == null || sourceText.isBlank() ? null : sourceText.strip();
    source = source == null || source.isBlank() ? null : source.strip();
    provenance = provenance == null ? Provenance.derived(talkingPoint, sourceText) : provenance;
  }

  public Lever(String id, String title, String category, String company, boolean expertise, String talkingPoint,
      String sourceText) {
    this(id, title, category, company, expertise, talkingPoint, sourceText, null, null, null);
  }

  public String companyKey() {
    return Keys.of(company);
  }

  /** Whether the lever applies from its data alone ({@code applies-when}), with no rule of its own. */
  public boolean fromData() {
    return needs != null;
  }
}
