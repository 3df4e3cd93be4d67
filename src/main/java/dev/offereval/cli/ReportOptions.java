package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.io.EvaluationJson;
import dev.offereval.io.HtmlReport;
import dev.offereval.model.Evaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --format} and {@code -o}: how one evaluation's report is written. {@code offer} and the
 * negotiation commands that evaluate a round share them, so a round prints what {@code offer} does.
 */
final class ReportOptions {
  /** The report formats of one offer. */
  enum Format { text, json, html }

  @Option(names = "--format", defaultValue = "text",
      description = "text, json, or html (a self-contained report page). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here instead of standard output.")
  Path output;

  /**
   * Where a report belongs when it is a negotiation's round: the text report opens with {@code
   * heading}, and the JSON carries {@code negotiation_id} and {@code round} before the evaluation.
   */
  record Round(long negotiationId, int round, String heading) {}

  /** Writes {@code e}'s report to {@code -o}, else to {@code out}; {@code round} is null for a lone offer. */
  void write(Evaluation e, OfferEvaluator evaluator, PrintWriter out, Round round) throws IOException {
    StringWriter buffer = new StringWriter();
    PrintWriter target = output == null ? out : new PrintWriter(buffer);
    switch (format) {
      case json -> target.print(round == null ? EvaluationJson.text(e)
          : EvaluationJson.roundText(round.negotiationId(), round.round(), e));
      case html -> target.print(HtmlReport.single(e, evaluator.rulesSource(), evaluator.dataSource()));
      default -> {
        if (round != null) {
          target.println(round.heading());
          target.println();
        }
        TextReport.write(e, evaluator, target);
      }
    }
    target.flush();
    if (output != null) {
      Files.writeString(output, buffer.toString(), StandardCharsets.UTF_8);
    }
    out.flush();
  }
}
