package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Status;
import dev.offereval.store.Negotiation;
import dev.offereval.store.NegotiationException;
import dev.offereval.store.Negotiations;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offer-eval negotiation start}: a new negotiation, its round 1 evaluated and recorded. */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    header = "Start a negotiation: record the offer as round 1 and print its evaluation.",
    description = {
      "Takes every flag of offer. Records the offer and its competing offers as round 1 of a new negotiation,",
      "with what its evaluation asks and decides, and prints the report offer prints, with the negotiation's id",
      "(negotiation_id and round in JSON). An offer that cannot be read is not recorded.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:recorded; the offer is OK or NO_BAND",
      "1:recorded, but a rule failed on it (ERROR)",
      "2:a bad flag or amount (nothing recorded), rules or data that do not load, or a "
          + "database that cannot be opened",
      "3:an internal error in offer-eval"
    })
public final class NegotiationStartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OfferFlags offer = new OfferFlags();
  @Mixin ReportOptions report = new ReportOptions();
  @Mixin DbOption db = new DbOption();

  @Option(names = "--note", paramLabel = "TEXT", description = "A note kept with the round.")
  String note;

  @Mixin RulesAndData rulesAndData = new RulesAndData();
  @Mixin EvaluationOptions options = new EvaluationOptions();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Negotiations negotiations = db.open()) {
      OfferEvaluator evaluator = rulesAndData.loadOrReport(err);
      if (evaluator == null) {
        return ExitCodes.USAGE;
      }
      OfferRow row = new OfferCsvReader(evaluator.data()).fromValues(0, offer.values(), OfferFlags.FLAGS);
      if (!row.valid()) {
        err.println("offer-eval: nothing recorded: " + String.join("; ", row.errors()));
        err.flush();
        return ExitCodes.USAGE;
      }
      Evaluation e = EvaluateCommand.evaluate(evaluator, row, options.date(), options.explain, options.strict);
      if (e.status() == Status.INVALID) {
        err.println("offer-eval: nothing recorded: " + String.join("; ", e.messages().stream()
            .map(Object::toString).toList()));
        err.flush();
        return ExitCodes.USAGE;
      }
      Negotiation n = negotiations.start(row.offer(), e, note);
      report.write(e, evaluator, out, new ReportOptions.Round(n.id(), 1, heading(n)));
      return e.status() == Status.ERROR ? ExitCodes.ROWS_FAILED : ExitCodes.OK;
    } catch (NegotiationException e) {
      return NegotiationCommand.failed(e, err);
    }
  }

  /** The line a round's text report opens with. */
  static String heading(Negotiation n) {
    return "Negotiation " + n.id() + " with " + n.company() + " (" + n.role() + "), round " + n.lastRound().number()
        + " recorded" + (n.isOpen() ? "" : "; the negotiation is now closed (" + n.closedReason() + ")");
  }
}
