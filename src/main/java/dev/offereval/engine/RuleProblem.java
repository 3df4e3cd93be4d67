package dev.offereval.engine;

/**
 * A problem in a rule file: {@code path:line:column: severity: message}. Line and column are
 * 1-based; 0 means unknown.
 */
public record RuleProblem(String file, int line, int column, String severity, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + severity + ": " + message;
  }
}
