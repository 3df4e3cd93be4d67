package dev.offereval.io.guide;

import java.util.List;
import java.util.stream.Collectors;

/** A guide that cannot be imported, with every problem found in it. */
public final class GuideException extends Exception {
  private final transient List<GuideProblem> problems;

  public GuideException(List<GuideProblem> problems) {
    super(problems.stream().map(GuideProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<GuideProblem> problems() {
    return problems;
  }
}
