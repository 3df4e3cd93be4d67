package dev.offereval.model;

/**
 * A negotiation lever from the catalog.
 *
 * @param category {@code global} or {@code company-specific}
 * @param company for a company-specific lever, the company it belongs to; otherwise null
 * @param expertise whether the lever counts as an expertise lever when the rules aim higher in the
 *     band
 * @param talkingPoint the words to say, with {@code {placeholders}} that the rules fill
 * @param sourceText the source's own wording, kept verbatim for provenance
 */
public record Lever(
    String id,
    String title,
    String category,
    String company,
    boolean expertise,
    String talkingPoint,
    String sourceText) {
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
  }
}
