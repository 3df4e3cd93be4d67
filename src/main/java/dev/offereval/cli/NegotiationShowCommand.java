package dev.offereval.cli;

import dev.offereval.store.Negotiation;
import dev.offereval.store.NegotiationException;
import dev.offereval.store.NegotiationJson;
import dev.offereval.store.Negotiations;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offer-eval negotiation show ID}: the timeline of one negotiation. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    header = "Print a negotiation's timeline: each round's offer, what moved, what was asked, the decision.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:shown",
      "2:an unknown id, a bad flag, or a database that cannot be opened",
      "3:an internal error in offer-eval"
    })
public final class NegotiationShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The negotiation.")
  long id;

  @Option(names = "--format", defaultValue = "text",
      description = "text, json (as export writes it) or html (a self-contained page). Default: ${DEFAULT-VALUE}.")
  ReportOptions.Format format;

  @Mixin DbOption db = new DbOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Negotiations negotiations = db.open()) {
      Negotiation n = negotiations.get(id);
      switch (format) {
        case json -> out.print(NegotiationJson.write(n));
        case html -> out.print(TimelineHtml.page(n));
        default -> TimelineText.write(n, out);
      }
      out.flush();
      return ExitCodes.OK;
    } catch (NegotiationException e) {
      return NegotiationCommand.failed(e, spec.commandLine().getErr());
    }
  }
}
