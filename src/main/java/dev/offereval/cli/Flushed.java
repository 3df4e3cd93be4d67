package dev.offereval.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** A command's work on its command line's writers, which are flushed however it ends. */
@FunctionalInterface
interface Flushed {
  int run(PrintWriter out, PrintWriter err);

  /** Runs {@code work} on {@code spec}'s out and err and flushes both. */
  static int call(CommandSpec spec, Flushed work) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return work.run(out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
