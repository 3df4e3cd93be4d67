package dev.offereval.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rules did not compile; {@link #problems()} lists where and why. */
public final class RulesException extends Exception {
  private final List<RuleProblem> problems;

  public RulesException(List<RuleProblem> problems) {
    super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<RuleProblem> problems() {
    return problems;
  }
}
