package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.io.CsvFileException;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.model.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offer-eval watch OFFERS.csv}: re-evaluate a batch whenever a rule or data file is saved. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    header = "Re-evaluate a batch whenever a rule or data file is saved.",
    description = {
      "Evaluates a batch, then watches the rules and data folders. Whenever a file there is saved it reloads them",
      "and prints what changed: offers that gained or lost a lever, changed status, or whose counter moved.",
      "An edit that does not compile or load keeps the last good rules running and prints the errors. Stop it",
      "with Ctrl-C.",
      ""
    })
public final class WatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OFFERS.csv", description = "The offers to keep evaluating.")
  Path offers;

  @Option(names = "--changes", paramLabel = "N",
      description = "Stop after N reloads (for scripts and tests). Default: run until stopped.")
  int changes = -1;

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
    if (!RulesWatch.onDisk(evaluator)) {
      err.println("offer-eval: watch needs rules and data folders on disk; give --rules and --data");
      err.flush();
      return ExitCodes.USAGE;
    }
    List<Evaluation> last;
    try {
      last = evaluate(evaluator);
    } catch (CsvFileException e) {
      err.println("offer-eval: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    out.println("evaluated " + last.size() + " offers with fingerprint " + evaluator.fingerprint()
        + "; watching " + evaluator.rulesDir() + " and " + evaluator.dataDir());
    out.flush();
    AtomicReference<List<Evaluation>> previous = new AtomicReference<>(last);
    RulesWatch.run(evaluator, changes, new RulesWatch.Listener() {
      @Override
      public void reloaded() {
        List<Evaluation> now;
        try {
          now = evaluate(evaluator);
        } catch (CsvFileException e) {
          out.println("offers file unreadable: " + e.getMessage());
          out.flush();
          return;
        }
        List<String> diff = BatchDiff.lines(previous.get(), now);
        out.println("reloaded: fingerprint " + evaluator.fingerprint() + ", " + diff.size() + " change"
            + (diff.size() == 1 ? "" : "s"));
        diff.forEach(l -> out.println("  " + l));
        out.flush();
        previous.set(now);
      }

      @Override
      public void failed(Exception e) {
        out.println("edit not applied; still running fingerprint " + evaluator.fingerprint() + ":");
        out.println(e.getMessage());
        out.flush();
      }
    });
    return ExitCodes.OK;
  }

  private List<Evaluation> evaluate(OfferEvaluator evaluator) throws CsvFileException {
    LocalDate on = options.date();
    List<OfferRow> rows = new OfferCsvReader(evaluator.data()).read(offers).rows();
    return rows.parallelStream().map(r -> EvaluateCommand.evaluate(evaluator, r, on, false, options.strict)).toList();
  }
}
