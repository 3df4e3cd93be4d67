package dev.offereval.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one supertype of what offer-evaluator throws about its inputs: rules that do not compile
 * ({@code RulesException}), data that does not load ({@code DataException}), and a value the
 * library cannot accept ({@link InvalidInputException}). Each carries its {@link #problems()}, and
 * its message is their lines joined.
 *
 * <p>Unchecked, on purpose: a caller can rarely recover from broken rules or data other than by
 * reporting them, which a handler at the edge of the application does as well as a {@code throws}
 * clause on every method between. Catch this type to handle them all, or a subclass for one.
 * A rule that fails while evaluating an offer is not thrown: that evaluation ends with status
 * {@link Status#ERROR}. When the rules and the data both fail, this type itself is thrown, with
 * the problems of both.
 */
public class OfferEvalException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * An exception whose message is the lines of {@code problems}, joined.
   *
   * @param problems what is wrong; not empty
   */
  public OfferEvalException(List<? extends Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in the order found. Subclasses narrow the element type.
   *
   * @return the problems, unmodifiable
   */
  public List<? extends Problem> problems() {
    return problems;
  }
}
