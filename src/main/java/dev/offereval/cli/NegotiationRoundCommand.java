package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.io.Amounts;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import dev.offereval.model.Status;
import dev.offereval.store.Negotiation;
import dev.offereval.store.NegotiationClosedException;
import dev.offereval.store.NegotiationException;
import dev.offereval.store.Negotiations;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
      "round's number (negotiation_id and round in JSON).",
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

  /** Why {@code --bonus} could not be read, once {@link #revised} has said null. */
  private String problem;

  @Mixin ReportOptions report = new ReportOptions();
  @Mixin DbOption db = new DbOption();
  @Mixin RulesAndData rulesAndData = new RulesAndData();
  @Mixin EvaluationOptions options = new EvaluationOptions();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (bonus != null && bonusPct != null) {
      err.println("offer-eval: --bonus and --bonus-pct both give the bonus: give one");
      err.flush();
      return ExitCodes.USAGE;
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
      Offer previous = n.lastRound().offer();
      Map<String, String> values = revised(previous);
      if (values == null) {
        return usage(err, problem);
      }
      OfferRow row = new OfferCsvReader(evaluator.data()).fromValues(0, values, OfferFlags.FLAGS);
      if (!row.valid()) {
        return usage(err, "nothing recorded: " + String.join("; ", row.errors()));
      }
      Offer offer = row.offer().toBuilder().competing(previous.competing()).build();
      OfferRow revisedRow = new OfferRow(0, offer.offerId(), offer, java.util.List.of(), Map.of());
      Evaluation e = EvaluateCommand.evaluate(evaluator, revisedRow, options.date(), options.explain, options.strict);
      if (e.status() == Status.INVALID) {
        return usage(err, "nothing recorded: " + String.join("; ", e.messages().stream().map(Object::toString).toList()));
      }
      Negotiation after = negotiations.addRound(id, offer, e, note);
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

  /**
   * The previous offer's values with the revised flags over them, in the CSV's columns; null, with
   * {@link #problem} saying why, when {@code --bonus} cannot be made a percentage.
   */
  private Map<String, String> revised(Offer previous) {
    Map<String, String> v = new HashMap<>();
    v.put("offer_id", previous.offerId());
    v.put("company", previous.company());
    v.put("role", previous.role());
    v.put("level", previous.level());
    v.put("region", previous.region());
    v.put("currency", previous.currency().getCurrencyCode());
    v.put("base", base != null ? base : previous.base().amount().toPlainString());
    v.put("stock_grant", stock != null ? stock : previous.stockGrant().amount().toPlainString());
    v.put("vest_years", Integer.toString(previous.vestYears()));
    v.put("vest_schedule", vestSchedule != null ? vestSchedule : previous.vestSchedule().text());
    v.put("bonus_pct", bonusPct != null ? bonusPct : previous.bonusPct().toPlainString());
    v.put("sign_on", signOn != null ? signOn : previous.signOn().amount().toPlainString());
    if (!previous.skills().isEmpty()) {
      v.put("skills", String.join(";", previous.skills()));
    }
    if (bonus != null) {
      BigDecimal amount;
      try {
        amount = Amounts.parse(bonus);
      } catch (IllegalArgumentException e) {
        problem = "nothing recorded: --bonus " + e.getMessage();
        return null;
      }
      BigDecimal b;
      try {
        b = Amounts.parse(v.get("base"));
      } catch (IllegalArgumentException e) {
        return v; // the base's own error is reported when the row is read
      }
      if (b.signum() == 0) {
        problem = "nothing recorded: --bonus cannot be a percentage of a zero base";
        return null;
      }
      v.put("bonus_pct", amount.multiply(BigDecimal.valueOf(100)).divide(b, 4, RoundingMode.HALF_UP)
          .stripTrailingZeros().toPlainString());
    }
    return v;
  }
}
