package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Status;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offer-eval offer --company ...}: one offer from the command line. */
@Command(
    name = "offer",
    mixinStandardHelpOptions = true,
    header = "Evaluate one offer and print a report.",
    description = {
      "Evaluates one offer and prints a report: band position, levers with reasons, the counter-offer and the",
      "script. Amounts take the same forms as in a CSV: 195000, 195,000, $195,000 or £95,000.",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  OK or NO_BAND",
      "  1  the offer is INVALID (the report says why) or a rule failed (ERROR);",
      "     --strict makes an offer with an implausible figure INVALID",
      "  2  bad usage, or rules or data that do not compile or load",
      "  3  an internal error in offer-eval"
    })
public final class OfferCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OfferFlags offer = new OfferFlags();

  @Mixin ReportOptions report = new ReportOptions();

  @Mixin RulesAndData rulesAndData = new RulesAndData();

  @Mixin EvaluationOptions options = new EvaluationOptions();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OfferEvaluator evaluator = rulesAndData.loadOrReport(err);
    if (evaluator == null) {
      return ExitCodes.USAGE;
    }
    OfferRow row = new OfferCsvReader(evaluator.data()).fromValues(0, offer.values(), FLAGS);
    Evaluation e = EvaluateCommand.evaluate(evaluator, row, options.date(), options.explain, options.strict);
    report.write(e, evaluator, out, null);
    return e.status() == Status.INVALID || e.status() == Status.ERROR ? ExitCodes.ROWS_FAILED : ExitCodes.OK;
  }

  /** Errors name this command's flags, not the CSV columns its values stand in for. */
  static final OfferCsvReader.Naming FLAGS = OfferFlags.FLAGS;
}
