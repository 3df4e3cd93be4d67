package dev.offereval.model;

/**
 * A problem found in a data file: where (file, line and column when known, field path) and why.
 *
 * @param file the data file, relative to the data folder
 * @param line 1-based line, or 0 when the problem is about a value rather than a place in the text
 * @param field the YAML path of the value, or null
 * @param message what is wrong
 * @param column 1-based column of the field or token at fault, or 0 when not known
 */
public record DataIssue(String file, int line, String field, String message, int column) implements Problem {
  /**
   * A problem placed to the line only (column 0).
   *
   * @param file the data file, relative to the data folder
   * @param line 1-based line, or 0
   * @param field the YAML path of the value, or null
   * @param message what is wrong
   */
  public DataIssue(String file, int line, String field, String message) {
    this(file, line, field, message, 0);
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + (field == null || field.isEmpty() ? "" : ": " + field) + ": " + message;
  }
}
