package dev.offereval.model;

/**
 * Where words or a number come from, so that the tool's own policy is never presented as the
 * guide's words. Reports mark each talking point, script and policy-driven statement with {@link
 * #marker()} and print {@link #legend()} once; JSON writes {@link #id()}.
 */
public enum Provenance {
  /** The guide's words, quoted as written. */
  GUIDE("guide", "g", "the guide's words, quoted as written"),
  /** Written from the guide's lever or script, reworded to name only what this offer shows. */
  ADAPTED("adapted", "a", "adapted from the guide: its words, reworded to name only what this offer shows"
      + " (the guide's own words: guide_words in --format json for a lever, source-text in data/scripts.yaml for a"
      + " script)"),
  /** This project's own wording or policy number; the guide does not say it. */
  PROJECT("project", "p", "this project's own policy or wording, not the guide's (data/policy.yaml, data/scripts.yaml)");

  private final String id;
  private final String marker;
  private final String legend;

  Provenance(String id, String marker, String legend) {
    this.id = id;
    this.marker = marker;
    this.legend = legend;
  }

  /**
   * The name written in data and JSON: {@code guide}, {@code adapted} or {@code project}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The one-letter footnote marker reports print: {@code g}, {@code a} or {@code p}.
   *
   * @return the marker
   */
  public String marker() {
    return marker;
  }

  /**
   * What the marker means, for a report's legend.
   *
   * @return the legend line
   */
  public String legend() {
    return legend;
  }

  /**
   * The provenance named {@code id} in data ({@code guide}, {@code adapted}, {@code project}).
   *
   * @param id the id, surrounding spaces ignored
   * @return the provenance
   * @throws IllegalArgumentException when {@code id} names none
   */
  public static Provenance of(String id) {
    for (Provenance p : values()) {
      if (p.id.equals(id == null ? null : id.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException("provenance must be guide, adapted or project, was " + id);
  }

  /**
   * The provenance of words with no explicit one: the guide's when they are its words (quotes
   * aside), adapted when the guide has words for the same point, else the project's own.
   *
   * @param words the words said
   * @param guideWords the guide's words for the same point, or null
   * @return the provenance
   */
  public static Provenance derived(String words, String guideWords) {
    if (guideWords == null) {
      return PROJECT;
    }
    return unquoted(words).equals(unquoted(guideWords)) ? GUIDE : ADAPTED;
  }

  private static String unquoted(String s) {
    return s.strip().replaceAll("^[\"“]|[\"”]$", "").strip();
  }
}
