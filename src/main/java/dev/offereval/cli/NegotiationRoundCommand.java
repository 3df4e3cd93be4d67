package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.io.RoundRevision;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Status;
import dev.offereval.store.Negotiation;
import dev.offereval.store.NegotiationClosedException;
import dev.offereval.store.NegotiationException;
import dev.offereval.store.Negotiations;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offer-eval negotiation round ID}: the recruiter's revised offer, recorded as the next round. */
@Command(
    name = "round",
    mixinStandardHelpOptions = true,
    header = "Record the recruiter's revised offer as the next round and print its evaluation.",
    description = {
      "Give only what the recruiter revised: every other field, and the competing offers, are kept from the",
      "previous round. Prints the report offer prints for the revised offer, with the negotiation's id and the",
      "round's number (negotiation_id and round in JSON), advised against the previous round (rules/rounds.drl):",
      "accept, trade, hold or decide. A round that accepts or decides closes the negotiation.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:recorded; the offer is OK or NO_BAND",
      "1:recorded, but a rule failed on it (ERROR)",
      "2:an unknown id, a closed negotiation, a bad flag or amount (nothing recorded), "
          + "rules or data that do not load, or a database that cannot be opened",
      "3:an internal error in offer-eval"
    })
public final class NegotiationRoundCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The negotiation, as start printed it.")
  long id;

  @Option(names = "--base", description = "The revised annual base salary.") String base;
  @Option(names = "--stock", description = "The revised stock grant, over the offer's vest years.") String stock;
  @Option(names = "--bonus-pct", description = "The revised bonus target in percent.") String bonusPct;
  @Option(names = "--bonus", description = "The revised bonus target as an amount a year; kept as a percentage"
      + " of the base, to four decimals.") String bonus;
  @Option(names = "--sign-on", description = "The revised sign-on bonus.") String signOn;
  @Option(names = "--vest-schedule", paramLabel = "SCHEDULE",
      description = "The revised vesting, as offer's --vest-schedule.") String vestSchedule;
  @Option(names = "--note", paramLabel = "TEXT", description = "A note kept with the round.") String note;

  @Mixin ReportOptions report = new ReportOptions();
  @Mixin DbOption db = new DbOption();
  @Mixin RulesAndData rulesAndData = new RulesAndData();
  @Mixin EvaluationOptions options = new EvaluationOptions();

  /** Errors name this command's flags, {@code --bonus} among them. */
  static final OfferCsvReader.Naming NAMING = naming();

  private static OfferCsvReader.Naming naming() {
    Map<String, String> names = new HashMap<>(OfferFlags.FLAGS.names());
    names.put("bonus", "--bonus");
    return new OfferCsvReader.Naming(names, OfferFlags.FLAGS.absent());
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RoundRevision revision = new RoundRevision(base, stock, bonusPct, bonus, signOn, vestSchedule);
    String conflict = revision.conflict(NAMING);
    if (conflict != null) {
      return usage(err, conflict);
    }
    try (Negotiations negotiations = db.open()) {
      Negotiation n = negotiations.get(id);
      if (!n.isOpen()) {
        throw new NegotiationClosedException(id, n.closedReason());
      }
      OfferEvaluator evaluator = rulesAndData.loadOrReport(err);
      if (evaluator == null) {
        return ExitCodes.USAGE;
      }
      OfferRow row = revision.apply(n.lastRound().offer(), new OfferCsvReader(evaluator.data()), NAMING);
      if (!row.valid()) {
        return usage(err, "nothing recorded: " + String.join("; ", row.errors()));
      }
      Evaluation e = EvaluateCommand.evaluateRound(evaluator, row, n.lastRound().asPrevious(), options.date(),
          options.explain, options.strict);
      if (e.status() == Status.INVALID) {
        return usage(err, "nothing recorded: " + String.join("; ", e.messages().stream().map(Object::toString).toList()));
      }
      Negotiation after = negotiations.addRound(id, row.offer(), e, note);
      report.write(e, evaluator, out, new ReportOptions.Round(id, after.lastRound().number(),
          NegotiationStartCommand.heading(after)));
      return e.status() == Status.ERROR ? ExitCodes.ROWS_FAILED : ExitCodes.OK;
    } catch (NegotiationException e) {
      return NegotiationCommand.failed(e, err);
    }
  }

  private static int usage(PrintWriter err, String message) {
    err.println("offer-eval: " + message);
    err.flush();
    return ExitCodes.USAGE;
  }
}
