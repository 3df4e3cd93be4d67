package dev.offereval.engine;

import dev.offereval.model.Problem;

/**
 * A problem in a rule file: {@code path:line:column: severity: message}. Line and column are
 * 1-based; 0 means unknown.
 *
 * @param file the rule file, by name
 * @param line the 1-based line, or 0
 * @param column the 1-based column, or 0
 * @param severity {@code error} or {@code warning}
 * @param message what the compiler said
 */
public record RuleProblem(String file, int line, int column, String severity, String message) implements Problem {
  /** A rule problem is about a place in a file, not a field: always null. */
  @Override
  public String field() {
    return null;
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + severity + ": " + message;
  }
}
