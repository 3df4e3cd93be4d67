package dev.offereval.engine;

import dev.offereval.model.OfferEvalException;
import java.util.List;

/** The rules did not compile; {@link #problems()} lists where and why (file, line, column). */
public final class RulesException extends OfferEvalException {
  private static final long serialVersionUID = 1L;

  private final transient List<RuleProblem> problems;

  /**
   * Rules that failed with {@code problems}.
   *
   * @param problems every error and warning the compiler reported; not empty
   */
  public RulesException(List<RuleProblem> problems) {
    super(problems);
    this.problems = List.copyOf(problems);
  }

  @Override
  public List<RuleProblem> problems() {
    return problems;
  }
}
