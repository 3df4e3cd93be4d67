package dev.offereval.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that run a batch. */
final class ThreadsOption {
  @Option(names = "--threads", paramLabel = "N",
      description = "Threads evaluating offers; the output is the same for any N. Default: one per core.")
  Integer threads;

  /** The threads to use: as given, else one per core. Below 1 is the caller's usage error. */
  int workers() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
