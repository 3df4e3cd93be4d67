package dev.offereval.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code offer-eval}: the top-level command. */
@Command(
    name = "offer-eval",
    mixinStandardHelpOptions = true,
    version = "offer-eval 0.1.0",
    description = "Evaluates job offers against compensation bands with Drools rules: where an offer sits in"
        + " its band, which negotiation levers apply and why, and what to counter with.",
    subcommands = {EvaluateCommand.class, OfferCommand.class, ValidateCommand.class, TestCommand.class, WatchCommand.class,
      BenchCommand.class, ServeCommand.class, ImportGuideCommand.class, BandsFromCommand.class,
      CatalogCommand.class,
      CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every row is OK or NO_BAND",
      "  1  at least one row is INVALID or ERROR (every row is still written)",
      "  2  bad usage, an unreadable file, or rules or data that do not compile or load",
      "  3  an internal error in offer-eval"
    })
public final class OfferEvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: evaluate or offer");
  }

  /** A configured command line; tests call this with their own writers. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new OfferEvalCommand());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("offer-eval: internal error: " + e);
      StackTraceElement[] at = e.getStackTrace();
      if (at.length > 0) {
        commandLine.getErr().println("  at " + at[0]);
      }
      commandLine.getErr().flush();
      return ExitCodes.INTERNAL;
    });
    return cl;
  }
}
