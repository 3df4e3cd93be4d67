package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.io.BatchRow;
import dev.offereval.io.CsvFileException;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Status;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
      "A file that cannot be read as a whole (not UTF-8, an unclosed quote, a missing required column) stops",
      "with its line number and writes nothing.",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every row is OK or NO_BAND",
      "  1  at least one row is INVALID or ERROR (every row is still written)",
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

  @Mixin RulesAndData rulesAndData = new RulesAndData();

  @Mixin EvaluationOptions options = new EvaluationOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    OfferEvaluator evaluator = rulesAndData.loadOrReport(err);
    if (evaluator == null) {
      return ExitCodes.USAGE;
    }
    long start = System.nanoTime();
    OfferCsvReader.Result input;
    try {
      Map<String, List<Map<String, String>>> more = competing == null ? Map.of()
          : OfferCsvReader.readCompeting(competing, competing.toString());
      input = new OfferCsvReader(evaluator.data()).read(offers, offers.toString(), more);
      if (!more.isEmpty()) {
        var ids = input.rows().stream().map(OfferRow::offerId).collect(Collectors.toSet());
        var unknown = more.keySet().stream().filter(id -> !ids.contains(id)).sorted().toList();
        if (!unknown.isEmpty()) {
          throw new CsvFileException(competing.toString(), 0,
              "offer_id " + String.join(", ", unknown) + " matches no row of " + offers);
        }
      }
    } catch (CsvFileException e) {
      err.println("offer-eval: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    java.time.LocalDate on = options.date();
    List<BatchRow> rows;
    try (Progress progress = Progress.start(input.rows().size(), quiet, err)) {
      rows = input.rows().parallelStream()
          .map(r -> {
            BatchRow row = new BatchRow(r, evaluate(evaluator, r, on, options.explain));
            progress.step();
            return row;
          })
          .toList();
    }
    if (output == null) {
      Formats.write(format, rows, input.extraColumns(), spec.commandLine().getOut(), evaluator.rulesSource(),
          evaluator.dataSource(), evaluator.fingerprint(), options.explain);
    } else {
      Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".offer-eval-", ".tmp");
      try (PrintWriter w = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
          Files.newOutputStream(tmp), StandardCharsets.UTF_8)))) {
        Formats.write(format, rows, input.extraColumns(), w, evaluator.rulesSource(), evaluator.dataSource(),
            evaluator.fingerprint(), options.explain);
      }
      Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
    }
    if (!quiet) {
      summary(rows, evaluator, err, System.nanoTime() - start);
    }
    boolean failed = rows.stream().anyMatch(r -> r.evaluation().status() == Status.INVALID
        || r.evaluation().status() == Status.ERROR);
    return failed ? ExitCodes.ROWS_FAILED : ExitCodes.OK;
  }

  static Evaluation evaluate(OfferEvaluator evaluator, OfferRow row, java.time.LocalDate on, boolean explain) {
    if (!row.valid()) {
      return Evaluation.invalid(row.offerId(), row.errors(), evaluator.fingerprint(), on);
    }
    return evaluator.evaluate(row.offer(), on, explain);
  }

  private static void summary(List<BatchRow> rows, OfferEvaluator evaluator, PrintWriter err, long nanos) {
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    Map<String, Integer> levers = new TreeMap<>();
    for (BatchRow r : rows) {
      byStatus.merge(r.evaluation().status(), 1, Integer::sum);
      for (AppliedLever l : r.evaluation().levers()) {
        levers.merge(l.id(), 1, Integer::sum);
      }
    }
    double seconds = nanos / 1e9;
    err.printf("offer-eval: %d rows in %.2f s (%.0f rows/s): %s%n", rows.size(), seconds,
        seconds > 0 ? rows.size() / seconds : 0.0,
        java.util.Arrays.stream(Status.values()).map(s -> s + " " + byStatus.getOrDefault(s, 0))
            .collect(Collectors.joining(", ")));
    err.println("levers applied: " + (levers.isEmpty() ? "none"
        : levers.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
    err.println("rules: " + evaluator.rulesSource() + "; data: " + evaluator.dataSource() + "; fingerprint "
        + evaluator.fingerprint());
    RulesAndData.printWarnings(evaluator, err);
    err.flush();
  }
}
