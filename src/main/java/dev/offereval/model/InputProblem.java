package dev.offereval.model;

/**
 * A value given to the library that it cannot accept.
 *
 * @param field the field or argument, such as {@code base} or {@code amount}
 * @param value the value given, as text (null when none was given)
 * @param message what is wrong, naming the field and the value
 */
public record InputProblem(String field, String value, String message) implements Problem {
  /** An input problem is not about a file: always null. */
  @Override
  public String file() {
    return null;
  }

  /** An input problem is not about a file: always 0. */
  @Override
  public int line() {
    return 0;
  }

  /** An input problem is not about a file: always 0. */
  @Override
  public int column() {
    return 0;
  }

  @Override
  public String toString() {
    return message;
  }
}
