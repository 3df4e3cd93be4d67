package dev.offereval.model;

/**
 * A problem found in a data file: where (file, line when known, field path) and why.
 *
 * @param line 1-based line, or 0 when the problem is about a value rather than a place in the text
 */
public record DataIssue(String file, int line, String field, String message) {
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + (field == null || field.isEmpty() ? "" : ": " + field) + ": " + message;
  }
}
