package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.Reasons;
import dev.offereval.io.BatchRow;
import dev.offereval.io.CsvFileException;
import dev.offereval.io.EvaluationCsvWriter;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Status;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One batch, streamed: rows are read in order, evaluated on {@code workers} threads and written
 * in input order as they finish (see {@link OrderedPipeline}), so the heap holds a few thousand rows
 * at most whatever the size of the file. The formats that lay out a whole batch (json, table,
 * html) keep the rows until the end.
 *
 * <p>Nothing is written where the user will see it until the whole file has been read: a file
 * found broken on its last line leaves no partial output. With an output file, rows go to a
 * temporary file beside it, moved into place at the end; on standard output, to a {@link Spool}.
 */
public final class Batch {
  /**
   * How to run a batch; {@code progress} is where a progress bar may go, or null for none, and
   * {@code warnings} where notes about the input go (even with {@code --quiet}), or null for none.
   */
  public record Settings(Formats.Format format, int workers, LocalDate on, boolean explain, boolean strict,
      PrintWriter progress, PrintWriter warnings) {}

  /** One input row on its way in: read in order, checked and turned into an offer on any worker thread. */
  public interface Input {
    OfferRow toRow();
  }

  /** One evaluated row on its way to the output: its text when the format streams, else the row. */
  private record Done(BatchRow row, String text, Status status, List<String> levers) {}

  private Batch() {}

  /**
   * Evaluates every row of {@code offers} into {@code output}, or into {@code stdout} when it is
   * null.
   *
   * @throws CsvFileException when the file cannot be read as a whole; nothing was written
   */
  static Summary run(OfferEvaluator evaluator, Path offers, Map<String, List<Map<String, String>>> competing,
      Path output, Writer stdout, Settings settings) throws Exception {
    Summary summary;
    Path tmp = output == null ? null : output.toAbsolutePath().resolveSibling(
        "." + output.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
    // created like any new file (the umask decides who may read it), unlike Files.createTempFile
    Writer held = tmp == null ? new Spool() : new BufferedWriter(new OutputStreamWriter(
        Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8),
        1 << 16);
    boolean done = false;
    try (OfferCsvReader.Rows rows = new OfferCsvReader(evaluator.data()).open(offers, offers.toString(), competing);
         Progress progress = Progress.start(Files.size(offers), settings.progress() == null, settings.progress())) {
      warnUnreadCompetingColumns(rows.extraColumns(), offers, settings.warnings());
      summary = stream(evaluator, () -> {
        OfferCsvReader.Record r = rows.next();
        return r == null ? null : r::toRow;
      }, rows.extraColumns(), held, settings, progress::step);
      held.flush();
      done = true;
    } finally {
      finish(held, done, tmp, output, stdout);
    }
    return summary;
  }

  /**
   * A column named like a competing offer's that the tool does not read (a {@code competing_sign_on},
   * say) passes through like any other, but a user would expect it counted: say it is not.
   */
  private static void warnUnreadCompetingColumns(List<String> extras, Path offers, PrintWriter err) {
    if (err == null) {
      return;
    }
    for (String column : extras) {
      if (column.toLowerCase(Locale.ROOT).startsWith("competing_")) {
        err.println("offer-eval: " + offers + ": column " + column + " is not one offer-eval reads: it passes through"
            + " to the output unchanged and counts in no comparison (a competing offer's columns are "
            + String.join(", ", OfferCsvReader.COLUMNS.stream().filter(c -> c.startsWith("competing_"))
                .toList()) + ")");
        err.flush();
      }
    }
  }

  /**
   * Evaluates every input of {@code source} into {@code out} in input order: csv and jsonl row by
   * row as they finish, the other formats laid out at the end from the rows kept. {@code step} runs
   * after each row is written. The command's files and the HTTP server's bodies both come here.
   */
  public static Summary stream(OfferEvaluator evaluator, OrderedPipeline.Source<Input> source, List<String> extras,
      Writer out, Settings settings, Runnable step) throws Exception {
    Formats.Format format = settings.format();
    boolean streams = format == Formats.Format.csv || format == Formats.Format.jsonl;
    Summary summary = new Summary();
    EvaluationCsvWriter.Layout csv = format == Formats.Format.csv
        ? new EvaluationCsvWriter.Layout(extras, settings.explain()) : null;
    List<BatchRow> kept = new ArrayList<>();
    if (csv != null) {
      out.write(csv.header());
    }
    // the CSV layout has no column for the reasons behind the figures: a tenth of the work saved
    try (OfferEvaluator omitting = csv != null ? evaluator.withReasons(Reasons.OMITTED) : null) {
      stream(omitting != null ? omitting : evaluator, source, out, settings, step, summary, csv, kept);
    }
    if (!streams) {
      PrintWriter w = new PrintWriter(out);
      Formats.write(format, kept, extras, w, evaluator.rulesSource(), evaluator.dataSource(),
          evaluator.fingerprint(), settings.explain());
    }
    return summary;
  }

  private static void stream(OfferEvaluator evaluator, OrderedPipeline.Source<Input> source, Writer out,
      Settings settings, Runnable step, Summary summary, EvaluationCsvWriter.Layout csv, List<BatchRow> kept)
      throws Exception {
    Formats.Format format = settings.format();
    boolean streams = format == Formats.Format.csv || format == Formats.Format.jsonl;
    OrderedPipeline.runChunks(source, chunk -> {
      List<OfferRow> inputs = new ArrayList<>(chunk.size());
      for (Input in : chunk) {
        inputs.add(in.toRow());
      }
      List<Evaluation> evaluations = EvaluateCommand.evaluateAll(evaluator, inputs, settings.on(), settings.explain(),
          settings.strict());
      List<Done> done = new ArrayList<>(chunk.size());
      for (int i = 0; i < inputs.size(); i++) {
        BatchRow row = new BatchRow(inputs.get(i), evaluations.get(i));
        Evaluation e = row.evaluation();
        String text = csv != null ? csv.line(row) : format == Formats.Format.jsonl ? Formats.jsonLine(row) : null;
        done.add(new Done(streams ? null : row, text, e.status(), e.levers().stream().map(AppliedLever::id).toList()));
      }
      return done;
    }, d -> {
      summary.add(d.status(), d.levers());
      if (d.text() != null) {
        out.write(d.text());
      } else {
        kept.add(d.row());
      }
      step.run();
    }, settings.workers(), evaluator.chunkSize());
  }

  private static void finish(Writer held, boolean done, Path tmp, Path output, Writer stdout) throws IOException {
    if (held instanceof Spool spool) {
      if (done) {
        spool.copyTo(stdout);
      } else {
        spool.close();
      }
      return;
    }
    held.close();
    if (done) {
      Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
    } else {
      Files.deleteIfExists(tmp);
    }
  }

  /** Counts by status and lever, kept as rows go by, for the summary on standard error. */
  public static final class Summary {
    private final Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    private final Map<String, Integer> levers = new TreeMap<>();
    private long rows;

    void add(Status status, List<String> leverIds) {
      rows++;
      byStatus.merge(status, 1, Integer::sum);
      for (String id : leverIds) {
        levers.merge(id, 1, Integer::sum);
      }
    }

    public long rows() {
      return rows;
    }

    public int count(Status status) {
      return byStatus.getOrDefault(status, 0);
    }

    public boolean failed() {
      return byStatus.containsKey(Status.INVALID) || byStatus.containsKey(Status.ERROR);
    }

    void print(OfferEvaluator evaluator, PrintWriter err, long nanos) {
      double seconds = nanos / 1e9;
      err.printf("offer-eval: %d rows in %.2f s (%.0f rows/s): %s%n", rows, seconds,
          seconds > 0 ? rows / seconds : 0.0,
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
}
