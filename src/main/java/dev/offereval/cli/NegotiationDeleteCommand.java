package dev.offereval.cli;

import dev.offereval.store.Negotiation;
import dev.offereval.store.NegotiationException;
import dev.offereval.store.Negotiations;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offer-eval negotiation delete ID}: a negotiation and every round of it, gone. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    header = "Delete a negotiation and all its rounds from the database.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:deleted",
      "2:an unknown id, a bad flag, or a database that cannot be opened",
      "3:an internal error in offer-eval"
    })
public final class NegotiationDeleteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The negotiation.")
  long id;

  @Mixin DbOption db = new DbOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Negotiations negotiations = db.open()) {
      Negotiation n = negotiations.delete(id);
      out.println("deleted negotiation " + n.id() + " (" + n.company() + ", " + n.role() + ", " + n.rounds().size()
          + (n.rounds().size() == 1 ? " round)" : " rounds)"));
      out.flush();
      return ExitCodes.OK;
    } catch (NegotiationException e) {
      return NegotiationCommand.failed(e, spec.commandLine().getErr());
    }
  }
}
