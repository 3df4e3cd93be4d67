package dev.offereval.model;

/**
 * Where a piece of output comes from.
 *
 * @param provenance the guide's words, adapted from them, or the project's own
 * @param source where in the guide (guide, section, file and line), or null for the project's own
 */
public record Attribution(Provenance provenance, String source) {
  /**
   * An attribution; a blank source is null.
   *
   * @param provenance the guide's words, adapted from them, or the project's own
   * @param source where in the guide, or null
   * @throws NullPointerException when {@code provenance} is null
   */
  public Attribution {
    java.util.Objects.requireNonNull(provenance, "provenance");
    source = source == null || source.isBlank() ? null : source.strip();
  }
}
