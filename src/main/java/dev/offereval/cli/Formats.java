package dev.offereval.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.offereval.io.BatchRow;
import dev.offereval.io.EvaluationCsvWriter;
import dev.offereval.io.EvaluationJson;
import dev.offereval.io.Numbers;
import dev.offereval.model.Component;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Message;
import dev.offereval.model.Severity;
import dev.offereval.model.internal.MoneyFormat;
import dev.offereval.model.PackageSummary;
import dev.offereval.model.Position;
import dev.offereval.model.Status;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Writes a batch in one of the output formats. */
public final class Formats {
  /** The output formats of a batch. */
  public enum Format { csv, json, jsonl, table, html }

  private static final ObjectWriter JSON_LINE = EvaluationJson.writer().without(SerializationFeature.INDENT_OUTPUT);

  private Formats() {}

  /** One evaluation as one line of JSON, with its line end; thread-safe. */
  static String jsonLine(BatchRow row) {
    try {
      return JSON_LINE.writeValueAsString(EvaluationJson.of(row)) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an evaluation as JSON: " + e.getOriginalMessage(), e);
    }
  }

  static void write(Format format, List<BatchRow> rows, List<String> extras, PrintWriter out, String rulesSource,
      String dataSource, String fingerprint, boolean explain) throws IOException {
    switch (format) {
      case csv -> {
        try (EvaluationCsvWriter w = new EvaluationCsvWriter(out, extras, explain)) {
          for (BatchRow r : rows) {
            w.write(r);
          }
        }
      }
      case jsonl -> {
        for (BatchRow r : rows) {
          out.print(jsonLine(r));
        }
      }
      case json -> {
        var root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        root.put("rules", rulesSource);
        root.put("data", dataSource);
        root.put("fingerprint", fingerprint);
        var list = root.putArray("evaluations");
        rows.forEach(r -> list.add(EvaluationJson.of(r)));
        out.println(EvaluationJson.writer().writeValueAsString(root));
      }
      case table -> table(rows, out);
      case html -> out.print(dev.offereval.io.HtmlReport.batch(rows, rulesSource, dataSource, fingerprint));
    }
    out.flush();
  }

  private static void table(List<BatchRow> rows, PrintWriter out) {
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"offer_id", "line", "status", "band", "base", "stock", "bonus", "total", "offer_total",
        "levers", "decision", "offer_per_yr", "counter_per_yr", "uplift_%", "message"});
    String view = null;
    for (BatchRow r : rows) {
      Evaluation e = r.evaluation();
      cells.add(new String[] {
        e.offerId() == null ? "" : e.offerId(),
        Integer.toString(r.input().line()),
        e.status().name(),
        e.band().map(b -> b.level() + " " + b.region()).orElse("-"),
        zone(e, Component.BASE), zone(e, Component.STOCK), zone(e, Component.BONUS), zone(e, Component.TOTAL_COMP),
        offerTotal(r),
        Integer.toString(e.levers().size()),
        e.decision() == null ? "-" : switch (e.decision()) {
          case COUNTER -> "counter";
          case ACCEPT_AS_OFFERED -> "accept";
          case ACCEPT, TRADE, HOLD, DECIDE -> e.decision().words();
        },
        perYear(e, "offer"),
        perYear(e, "counter"),
        e.counter().map(c -> Numbers.percent2(c.upliftPct())).orElse("-"),
        message(e)
      });
      view = view == null ? e.comparisonView() : view;
    }
    int[] width = new int[cells.get(0).length];
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : cells) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        boolean numeric = i == 1 || i == 8 || i == 9 || i == 11 || i == 12 || i == 13;
        String cell = row[i];
        String pad = " ".repeat(width[i] - cell.length());
        sb.append(numeric ? pad + cell : cell + pad);
        if (i < row.length - 1) {
          sb.append("  ");
        }
      }
      out.println(sb.toString().stripTrailing());
    }
    if (view != null) {
      // offer_total is the annual total comp the offer states; the per-year columns and the uplift
      // compare packages in one view, so that a sign-on or back-loaded vesting counts the same in both
      out.println("offer_total: annual total comp as offered; offer_per_yr, counter_per_yr and uplift_%: value per"
          + " year, " + view);
    }
  }

  /**
   * The offer's annual total comp as offered, in the currency it was made in (a dollar offer for a
   * London band reads in dollars, beside its dollar value per year), or "-" when it has none.
   */
  private static String offerTotal(BatchRow r) {
    Evaluation e = r.evaluation();
    if (e.offerTotalComp() == null) {
      return "-";
    }
    return MoneyFormat.full(r.input().offer() == null ? e.offerTotalComp().annual()
        : r.input().offer().totalComp().annual());
  }

  /**
   * A package's value per year in the comparison view, or "-" when the evaluation has none. With a
   * counter, the offer and the counter are as the counter states them, in the offer's currency, so
   * that the uplift beside them is their ratio.
   */
  private static String perYear(Evaluation e, String kind) {
    if (e.counter().isPresent()) {
      CounterOfferResult c = e.counter().get();
      return MoneyFormat.full(kind.equals("counter") ? c.valuePerYear() : c.offerValuePerYear());
    }
    PackageSummary p = e.packageOf(kind);
    return p == null || p.valuePerYear() == null ? "-" : MoneyFormat.full(p.valuePerYear());
  }

  /**
   * The table's last column: every message of a row that is not OK (why it has no band, why it is
   * invalid), and the warnings of an OK row; information alone stays in the other formats.
   */
  private static String message(Evaluation e) {
    List<String> shown = e.status() == Status.OK
        ? e.messages().stream().filter(m -> m.severity() == Severity.WARNING).map(Message::toString).toList()
        : e.messages().stream().map(Message::toString).toList();
    return String.join("; ", shown);
  }

  private static String zone(Evaluation e, Component c) {
    Position p = e.position(c).orElse(null);
    if (p == null) {
      return "-";
    }
    return switch (p.zone()) {
      case BELOW_BAND -> "below";
      case IN_BAND -> "in";
      case ABOVE_BAND -> "above";
    };
  }
}
