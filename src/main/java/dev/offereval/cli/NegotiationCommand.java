package dev.offereval.cli;

import dev.offereval.store.NegotiationException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code offer-eval negotiation}: a negotiation kept round by round in a database. */
@Command(
    name = "negotiation",
    mixinStandardHelpOptions = true,
    header = "Keep a negotiation round by round: each offer, each ask and each answer.",
    description = {
      "Records a negotiation in a database (an SQLite file, or PostgreSQL by --db jdbc:postgresql://...): the",
      "first offer (start), each revised offer the recruiter makes (round), what was asked and decided in each."
    },
    subcommands = {NegotiationStartCommand.class, NegotiationRoundCommand.class, NegotiationShowCommand.class,
      NegotiationListCommand.class, NegotiationDeleteCommand.class, NegotiationExportCommand.class,
      NegotiationImportCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done; the offer of the round recorded is OK or NO_BAND",
      "1:the round was recorded, but a rule failed on it (ERROR)",
      "2:bad usage, a bad flag, an unknown id, a closed negotiation, or a database that cannot be opened",
      "3:an internal error in offer-eval"
    })
public final class NegotiationCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "choose a command: start, round, show, list, delete, export or import");
  }

  /** Says why on {@code err}, in one line, and gives the exit code for it. */
  static int failed(NegotiationException e, PrintWriter err) {
    err.println("offer-eval: " + e.getMessage());
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * Whether {@code cl} is this command or one of its subcommands: their bad flags get a one-line
   * error, as their other failures do.
   */
  static boolean owns(CommandLine cl) {
    for (CommandLine c = cl; c != null; c = c.getParent()) {
      if (c.getCommand() instanceof NegotiationCommand) {
        return true;
      }
    }
    return false;
  }
}
