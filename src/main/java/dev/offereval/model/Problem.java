package dev.offereval.model;

/**
 * One problem an {@link OfferEvalException} reports: where it is and what is wrong.
 *
 * <p>Rule problems ({@code RuleProblem}) have a file, line and column; data problems ({@link
 * DataIssue}) a file, line and field; input problems ({@link InputProblem}) a field and the value
 * given. What a kind of problem does not know is null (file, field) or 0 (line, column).
 */
public interface Problem {
  /**
   * The file the problem is in, relative to its folder, or null when it is not about a file.
   *
   * @return the file, or null
   */
  String file();

  /**
   * The 1-based line, or 0 when unknown or not about text.
   *
   * @return the line, or 0
   */
  int line();

  /**
   * The 1-based column, or 0 when unknown.
   *
   * @return the column, or 0
   */
  int column();

  /**
   * The field, column or YAML path the problem is about, or null.
   *
   * @return the field, or null
   */
  String field();

  /**
   * What is wrong, in one line.
   *
   * @return the message
   */
  String message();
}
