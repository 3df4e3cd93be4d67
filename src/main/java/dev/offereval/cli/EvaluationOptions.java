package dev.offereval.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options that shape one evaluation: its date, whether to explain it, and how strictly to check it. */
final class EvaluationOptions {
  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Evaluate as of this date: bands older than policy allows on it are flagged stale."
          + " Default: today. Fix it to make a run reproducible.")
  LocalDate asOf;

  @Option(names = "--explain",
      description = "Show every rule that fired, in order, with the facts it matched (JSON and the offer report"
          + " carry the facts; CSV gets a fired_rules column).")
  boolean explain;

  @Option(names = "--strict",
      description = "Treat a plausibility warning (a figure far outside its band, a bonus that looks like a"
          + " fraction, an implausible uplift; bounds in policy.yaml) as an error: the offer is INVALID.")
  boolean strict;

  LocalDate date() {
    return asOf != null ? asOf : LocalDate.now();
  }
}
