package dev.offereval.cli;

import dev.offereval.engine.Explain;
import dev.offereval.engine.Plausibility;
import dev.offereval.engine.OfferEvaluator;
import dev.offereval.io.CsvFileException;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offer-eval evaluate OFFERS.csv}: the batch. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    header = "Evaluate a CSV batch of offers: one result row per input row.",
    description = {
      "Evaluates every offer in a CSV file and writes one result row per input row, in input order.",
      "",
      "Input columns (header names are case-insensitive, in any order; * = required):",
      "  offer_id*             a unique id for the row",
      "  company*, role*, level*, region*   pick the band (region is an id such as san-francisco)",
      "  currency              ISO 4217 code; blank = the band's currency",
      "  base*                 annual base salary: 195000, 195,000, $195,000 or £95,000",
      "  stock_grant           stock grant value over vest_years; blank = 0",
      "  vest_years            years the grant vests over; blank = the band's (4 for the shipped bands)",
      "  bonus_pct             annual bonus target in percent (10 or 10%%); blank = 0",
      "  sign_on               one-time sign-on bonus; blank = 0",
      "  skills                skill tags separated by ; or | (such as cdp;kafka;feature-store)",
      "  competing_company, competing_level, competing_base, competing_stock_grant,",
      "  competing_vest_years, competing_bonus_pct, competing_currency",
      "                        one competing offer inline; --competing adds more by offer_id",
      "Any other column passes through to the output unchanged.",
      "",
      "A row that breaks a rule comes out with status INVALID, the reason and its line; the run goes on.",
      "A file that cannot be read as a whole (not UTF-8, an unclosed quote, a missing",
      "required column) stops with its line number and writes nothing.",
      "",
      "Rows are read, evaluated on every core and written in input order as they go,",
      "so memory stays flat for a file of any size (csv and jsonl; json, table and",
      "html hold the whole batch to lay it out). Output is held back until the whole",
      "file has been read: with -o in a temporary file beside OUT, moved into place",
      "at the end; on standard output in memory, then in a temporary file.",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every row is OK or NO_BAND",
      "  1  at least one row is INVALID or ERROR (every row is still written);",
      "     --strict makes a row with an implausible figure INVALID",
      "  2  bad usage, an unreadable file, or rules or data that do not compile or load",
      "  3  an internal error in offer-eval"
    })
public final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OFFERS.csv", description = "The offers to evaluate.")
  Path offers;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here instead of standard output.")
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv, json (one document), jsonl (one evaluation per line), table, or html (one self-contained"
          + " report page). Default: ${DEFAULT-VALUE}.")
  Formats.Format format;

  @Option(names = "--competing", paramLabel = "COMPETING.csv",
      description = "More competing offers, keyed by offer_id, with the competing_* columns.")
  Path competing;

  @Option(names = {"-q", "--quiet"},
      description = "No progress bar and no summary on standard error. (The bar shows only on a terminal.)")
  boolean quiet;

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Mixin RulesAndData rulesAndData = new RulesAndData();

  @Mixin EvaluationOptions options = new EvaluationOptions();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    int workers = threads.workers();
    if (workers < 1) {
      err.println("offer-eval: --threads must be at least 1, was " + workers);
      err.flush();
      return ExitCodes.USAGE;
    }
    OfferEvaluator evaluator = rulesAndData.loadOrReport(err);
    if (evaluator == null) {
      return ExitCodes.USAGE;
    }
    long start = System.nanoTime();
    Batch.Summary summary;
    try {
      Map<String, List<Map<String, String>>> more =
          competing == null ? Map.of() : OfferCsvReader.readCompeting(competing, competing.toString());
      checkCompetingIds(new OfferCsvReader(evaluator.data()), more);
      summary = Batch.run(evaluator, offers, more, output, spec.commandLine().getOut(),
          new Batch.Settings(format, workers, options.date(), options.explain, options.strict, quiet ? null : err, err));
    } catch (CsvFileException e) {
      err.println("offer-eval: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    if (!quiet) {
      summary.print(evaluator, err, System.nanoTime() - start);
    }
    return summary.failed() ? ExitCodes.ROWS_FAILED : ExitCodes.OK;
  }

  /**
   * A competing-offers file naming an offer_id the offers file does not have stops the run before
   * anything is written; finding out takes one pass over the offers file, which keeps only the ids
   * the competing file names.
   */
  private void checkCompetingIds(OfferCsvReader reader, Map<String, List<Map<String, String>>> more)
      throws CsvFileException {
    if (more.isEmpty()) {
      return;
    }
    Set<String> unmatched = new TreeSet<>(more.keySet());
    try (OfferCsvReader.Rows rows = reader.open(offers, offers.toString(), Map.of())) {
      for (OfferCsvReader.Record r = rows.next(); r != null && !unmatched.isEmpty(); r = rows.next()) {
        unmatched.remove(r.offerId());
      }
    }
    if (!unmatched.isEmpty()) {
      throw new CsvFileException(competing.toString(), 0,
          "offer_id " + String.join(", ", unmatched) + " matches no row of " + offers);
    }
  }

  /**
   * Each row's evaluation, in order: the valid rows' offers are evaluated together, in chunks of
   * the evaluator's chunk size; an invalid row becomes an INVALID evaluation with its reasons.
   */
  public static List<Evaluation> evaluateAll(OfferEvaluator evaluator, List<OfferRow> rows, java.time.LocalDate on,
      boolean explain, boolean strict) {
    List<Offer> offers = new ArrayList<>(rows.size());
    for (OfferRow row : rows) {
      if (row.valid()) {
        offers.add(row.offer());
      }
    }
    List<Evaluation> evaluated = evaluator.evaluateAll(offers, on, explain ? Explain.RULE_TRACE : Explain.NONE,
        strict ? Plausibility.STRICT : Plausibility.WARN);
    List<Evaluation> out = new ArrayList<>(rows.size());
    int next = 0;
    for (OfferRow row : rows) {
      out.add(row.valid() ? evaluated.get(next++) : Evaluation.invalid(row.offerId(), row.errors(), evaluator.fingerprint(), on));
    }
    return out;
  }

  /** One row's evaluation: an invalid row becomes an INVALID evaluation with its reasons. */
  public static Evaluation evaluate(OfferEvaluator evaluator, OfferRow row, java.time.LocalDate on, boolean explain,
      boolean strict) {
    if (!row.valid()) {
      return Evaluation.invalid(row.offerId(), row.errors(), evaluator.fingerprint(), on);
    }
    return evaluator.evaluate(row.offer(), on, explain ? Explain.RULE_TRACE : Explain.NONE,
        strict ? Plausibility.STRICT : Plausibility.WARN);
  }

  /**
   * As {@link #evaluate(OfferEvaluator, OfferRow, java.time.LocalDate, boolean, boolean)}, the row a
   * negotiation's revision of {@code previous}: the rules for later rounds compare it with that round.
   */
  public static Evaluation evaluateRound(OfferEvaluator evaluator, OfferRow row, dev.offereval.model.PreviousRound previous,
      java.time.LocalDate on, boolean explain, boolean strict) {
    if (!row.valid()) {
      return Evaluation.invalid(row.offerId(), row.errors(), evaluator.fingerprint(), on);
    }
    return evaluator.evaluateRound(row.offer(), previous, on, explain ? Explain.RULE_TRACE : Explain.NONE,
        strict ? Plausibility.STRICT : Plausibility.WARN);
  }
}
