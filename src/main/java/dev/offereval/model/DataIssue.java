package dev.offereval.model;

/**
 * A problem found in a data file: where (file, line when known, field path) and why.
 *
 * @param file the data file, relative to the data folder
 * @param line 1-based line, or 0 when the problem is about a value rather than a place in the text
 * @param field the YAML path of the value, or null
 * @param message what is wrong
 */
public record DataIssue(String file, int line, String field, String message) implements Problem {
  /** Data problems are placed to the line: always 0. */
  @Override
  public int column() {
    return 0;
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + (field == null || field.isEmpty() ? "" : ": " + field) + ": " + message;
  }
}
