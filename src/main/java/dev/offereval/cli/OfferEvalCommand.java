package dev.offereval.cli;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code offer-eval}: the top-level command. */
@Command(
    name = "offer-eval",
    mixinStandardHelpOptions = true,
    version = "offer-eval 0.1.0",
    description = "Evaluates job offers against compensation bands with Drools rules: where an offer sits in"
        + " its band, which negotiation levers apply and why, and what to counter with.",
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

  /** The subcommands, in the order the help lists them. */
  private static final List<Class<?>> COMMANDS = List.of(EvaluateCommand.class, OfferCommand.class,
      ValidateCommand.class, TestCommand.class, WatchCommand.class, BenchCommand.class, ServeCommand.class,
      ImportGuideCommand.class, BandsFromCommand.class, CatalogCommand.class, NegotiationCommand.class,
      CommandLine.HelpCommand.class);

  /** A configured command line with every subcommand; tests call this with their own writers. */
  public static CommandLine commandLine() {
    return commandLine(null);
  }

  /**
   * A configured command line for {@code args}: when they start with a subcommand's name, with that
   * subcommand alone, since picocli reads every option of every command it is given and a cold
   * {@code offer} spent a tenth of its time there; otherwise (no command, {@code help}, an option,
   * a misspelt name that picocli answers with the names it knows) with all of them.
   */
  public static CommandLine commandLine(String[] args) {
    CommandLine cl = new CommandLine(new OfferEvalCommand());
    Class<?> only = args == null || args.length == 0 ? null : named(args[0]);
    for (Class<?> command : COMMANDS) {
      if (only == null || command == only) {
        cl.addSubcommand(command);
      }
    }
    CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
    cl.setParameterExceptionHandler((e, arguments) -> {
      if (!NegotiationCommand.owns(e.getCommandLine())) {
        return usage.handleParseException(e, arguments);
      }
      // one line naming the flag or value, as every other negotiation failure
      e.getCommandLine().getErr().println("offer-eval " + e.getCommandLine().getCommandSpec().qualifiedName()
          .replaceFirst("^offer-eval ", "") + ": " + e.getMessage() + " (see --help)");
      e.getCommandLine().getErr().flush();
      return ExitCodes.USAGE;
    });
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

  /** The subcommand, other than help, that {@code name} names, or null. */
  private static Class<?> named(String name) {
    for (Class<?> command : COMMANDS) {
      Command c = command.getAnnotation(Command.class);
      if (command != CommandLine.HelpCommand.class
          && (c.name().equals(name) || Arrays.asList(c.aliases()).contains(name))) {
        return command;
      }
    }
    return null;
  }
}
