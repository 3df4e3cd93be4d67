package dev.offereval.model;

/**
 * A lever the candidate holds: from the catalog, why it applies, and the filled talking point.
 *
 * @param talkingPoint the words to say, naming only what the offer's inputs show
 * @param guideWords the guide's own words for this lever, for the candidate to adapt; null when the
 *     catalog has none
 * @param source where the guide's words come from, or null
 * @param provenance whether the talking point is the guide's words, adapted from them, or the
 *     project's own
 */
public record AppliedLever(String id, String title, String category, String reason, String talkingPoint,
    String guideWords, String source, Provenance provenance) {
  /**
   * A lever, its provenance derived from its words when not given.
   *
   * @param id the lever's id in the catalog
   * @param title the lever's title
   * @param category {@code global} or {@code company-specific}
   * @param reason why it applies
   * @param talkingPoint the words to say
   * @param guideWords the guide's own words, or null
   * @param source where the guide's words come from, or null
   * @param provenance the talking point's provenance, or null to derive it
   */
  public AppliedLever {
    provenance = provenance == null ? Provenance.derived(talkingPoint, guideWords) : provenance;
  }

  /**
   * A lever with no guide words and no source.
   *
   * @param id the lever's id in the catalog
   * @param title the lever's title
   * @param category {@code global} or {@code company-specific}
   * @param reason why it applies
   * @param talkingPoint the words to say
   */
  public AppliedLever(String id, String title, String category, String reason, String talkingPoint) {
    this(id, title, category, reason, talkingPoint, null, null, null);
  }
}
