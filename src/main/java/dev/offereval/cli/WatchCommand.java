package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.RulesException;
import dev.offereval.io.CsvFileException;
import dev.offereval.io.DataException;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.model.Evaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
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
  /** Quiet time after a save before reloading, so an editor's several writes count as one. */
  static final long SETTLE_MILLIS = 300;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OFFERS.csv", description = "The offers to keep evaluating.")
  Path offers;

  @Option(names = "--changes", paramLabel = "N",
      description = "Stop after N reloads (for scripts and tests). Default: run until stopped.")
  int changes = -1;

  @Mixin RulesAndData rulesAndData = new RulesAndData();

  @Mixin EvaluationOptions options = new EvaluationOptions();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OfferEvaluator evaluator = rulesAndData.loadOrReport(err);
    if (evaluator == null) {
      return ExitCodes.USAGE;
    }
    if (evaluator.rulesSource().startsWith("bundled") || evaluator.dataSource().startsWith("bundled")) {
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
    try (WatchService watch = FileSystems.getDefault().newWatchService()) {
      for (Path dir : List.of(evaluator.rulesDir(), evaluator.dataDir(), evaluator.dataDir().resolve("bands"))) {
        if (Files.isDirectory(dir)) {
          dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
              StandardWatchEventKinds.ENTRY_DELETE);
        }
      }
      int reloads = 0;
      while (changes < 0 || reloads < changes) {
        WatchKey key = watch.take();
        drain(watch, key);
        reloads++;
        try {
          evaluator.reload();
        } catch (RulesException | DataException e) {
          out.println("edit not applied; still running fingerprint " + evaluator.fingerprint() + ":");
          out.println(e.getMessage());
          out.flush();
          continue;
        }
        List<Evaluation> now;
        try {
          now = evaluate(evaluator);
        } catch (CsvFileException e) {
          out.println("offers file unreadable: " + e.getMessage());
          out.flush();
          continue;
        }
        List<String> diff = BatchDiff.lines(last, now);
        out.println("reloaded: fingerprint " + evaluator.fingerprint() + ", " + diff.size() + " change"
            + (diff.size() == 1 ? "" : "s"));
        diff.forEach(l -> out.println("  " + l));
        out.flush();
        last = now;
      }
    } catch (ClosedWatchServiceException e) {
      // stopped
    }
    return ExitCodes.OK;
  }

  /** Waits until the folders have been quiet for a moment, collecting every event on the way. */
  private static void drain(WatchService watch, WatchKey first) throws InterruptedException {
    first.pollEvents();
    first.reset();
    WatchKey more;
    while ((more = watch.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
      more.pollEvents();
      more.reset();
    }
  }

  private List<Evaluation> evaluate(OfferEvaluator evaluator) throws CsvFileException {
    LocalDate on = options.date();
    List<OfferRow> rows = new OfferCsvReader(evaluator.data()).read(offers).rows();
    return rows.parallelStream().map(r -> EvaluateCommand.evaluate(evaluator, r, on, false, options.strict)).toList();
  }
}
