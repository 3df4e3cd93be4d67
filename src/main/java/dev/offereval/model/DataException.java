package dev.offereval.model;

import java.util.List;

/** The data folder could not be loaded; {@link #problems()} says where and why (file, line, field). */
public final class DataException extends OfferEvalException {
  private static final long serialVersionUID = 1L;

  private final transient List<DataIssue> issues;

  /**
   * Data that failed to load with {@code issues}.
   *
   * @param issues every problem found; not empty
   */
  public DataException(List<DataIssue> issues) {
    super(issues);
    this.issues = List.copyOf(issues);
  }

  @Override
  public List<DataIssue> problems() {
    return issues;
  }
}
