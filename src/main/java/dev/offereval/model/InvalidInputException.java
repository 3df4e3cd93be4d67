package dev.offereval.model;

import java.util.List;

/**
 * A value given to the library cannot be accepted: an amount that is not a number, an unknown
 * currency code, a required text left blank, a negative salary. The message names the field and
 * the value.
 */
public final class InvalidInputException extends OfferEvalException {
  private static final long serialVersionUID = 1L;

  private final transient List<InputProblem> problems;

  /**
   * One rejected value.
   *
   * @param field the field or argument
   * @param value the value given, as text, or null
   * @param message what is wrong, naming the field and the value
   */
  public InvalidInputException(String field, String value, String message) {
    this(new InputProblem(field, value, message));
  }

  private InvalidInputException(InputProblem problem) {
    super(List.of(problem));
    this.problems = List.of(problem);
  }

  @Override
  public List<InputProblem> problems() {
    return problems;
  }

  /**
   * The field of the (first) rejected value.
   *
   * @return the field
   */
  public String field() {
    return problems().get(0).field();
  }
}
