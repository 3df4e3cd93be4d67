package dev.offereval.io;

import dev.offereval.model.DataIssue;
import java.util.List;
import java.util.stream.Collectors;

/** The data folder could not be loaded; {@link #issues()} says where and why, one line each. */
public final class DataException extends Exception {
  private final List<DataIssue> issues;

  public DataException(List<DataIssue> issues) {
    super(issues.stream().map(DataIssue::toString).collect(Collectors.joining("\n")));
    this.issues = List.copyOf(issues);
  }

  public List<DataIssue> issues() {
    return issues;
  }
}
