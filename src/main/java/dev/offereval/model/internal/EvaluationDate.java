package dev.offereval.model.internal;

import java.time.LocalDate;
import java.util.Objects;

/** The date an evaluation is made on; rules compare band as-of dates with it. */
public record EvaluationDate(LocalDate date) {
  public EvaluationDate {
    Objects.requireNonNull(date, "date");
  }
}
