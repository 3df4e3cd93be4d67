package dev.offereval.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.Component;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Evaluation;
import dev.offereval.model.PackageSummary;
import dev.offereval.model.Position;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes one CSV row per evaluation, in the order given. Text that a spreadsheet would run as a
 * formula is neutralised with a leading apostrophe; numbers are written plain.
 */
public final class EvaluationCsvWriter implements AutoCloseable {

  /** The fixed output columns, in order; pass-through input columns follow them. */
  @JsonPropertyOrder({
    "offer_id", "line", "status", "message", "band", "currency", "offer_total_comp",
    "base_zone", "stock_zone", "bonus_zone", "total_comp_zone", "levers",
    "counter_base", "counter_stock_grant", "counter_vest_years", "counter_bonus_pct", "counter_sign_on",
    "counter_total_comp", "counter_first_year_total_comp", "counter_uplift_pct", "capped", "script",
    "band_as_of", "stale", "evaluated_on", "fingerprint",
    "decision", "comparison_view", "anchor", "anchor_value_per_year", "offer_value_per_year",
    "counter_value_per_year", "offer_year_1", "offer_year_2", "offer_year_3", "offer_year_4",
    "counter_year_1", "counter_year_2", "counter_year_3", "counter_year_4", "counter_vest_schedule",
    "levelling", "counter_currency"
  })
  record Row(
      String offer_id, String line, String status, String message, String band, String currency,
      String offer_total_comp, String base_zone, String stock_zone, String bonus_zone, String total_comp_zone,
      String levers, String counter_base, String counter_stock_grant, String counter_vest_years,
      String counter_bonus_pct, String counter_sign_on, String counter_total_comp,
      String counter_first_year_total_comp, String counter_uplift_pct, String capped, String script,
      String band_as_of, String stale, String evaluated_on, String fingerprint,
      String decision, String comparison_view, String anchor, String anchor_value_per_year,
      String offer_value_per_year, String counter_value_per_year, String offer_year_1, String offer_year_2,
      String offer_year_3, String offer_year_4, String counter_year_1, String counter_year_2,
      String counter_year_3, String counter_year_4, String counter_vest_schedule, String levelling,
      String counter_currency) {}

  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  /** The fixed output column names, in order. */
  public static final List<String> COLUMNS = CSV.schemaFor(Row.class).rebuild().build().getColumnNames();

  /** With an explanation, the names of the rules that fired, in order, separated by {@code |}. */
  public static final String FIRED_RULES = "fired_rules";

  private final Layout layout;
  private final Writer out;

  /**
   * @param extras the input's pass-through column names, written after the fixed columns
   * @param explain whether to add the {@value #FIRED_RULES} column
   */
  public EvaluationCsvWriter(Writer writer, List<String> extras, boolean explain) throws IOException {
    this.layout = new Layout(extras, explain);
    this.out = writer;
    writer.write(layout.header());
  }

  public void write(BatchRow row) throws IOException {
    out.write(layout.line(row));
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }

  /**
   * The columns of one output file, and each row as a line of CSV text. Immutable and
   * thread-safe, so rows of a batch can be formatted on several threads and written in order.
   */
  public static final class Layout {
    private final List<String> extras;
    private final boolean explain;
    private final String header;
    private final ObjectWriter rows;

    /**
     * @param extras the input's pass-through column names, written after the fixed columns
     * @param explain whether to add the {@value #FIRED_RULES} column
     */
    public Layout(List<String> extras, boolean explain) throws IOException {
      this.extras = List.copyOf(extras);
      this.explain = explain;
      CsvSchema.Builder schema = CSV.schemaFor(Row.class).rebuild();
      if (explain) {
        schema.addColumn(FIRED_RULES);
      }
      List<String> columns = new ArrayList<>();
      for (String extra : extras) {
        String column = COLUMNS.contains(extra.toLowerCase()) || FIRED_RULES.equals(extra.toLowerCase())
            || columns.contains(extra) ? "input_" + extra : extra;
        columns.add(column);
        schema.addColumn(column);
      }
      CsvSchema built = schema.build().withLineSeparator("\n");
      this.rows = CSV.writer(built.withoutHeader());
      this.header = CSV.writer(built.withoutHeader()).writeValueAsString(built.getColumnNames());
    }

    /** The header line, with its line end. */
    public String header() {
      return header;
    }

    /** One row as a line of CSV, with its line end. */
    public String line(BatchRow row) {
      Row r = toRow(row);
      List<String> values = new ArrayList<>(COLUMNS.size() + 1 + extras.size());
      Collections.addAll(values, r.offer_id(), r.line(), r.status(), r.message(), r.band(), r.currency(),
          r.offer_total_comp(), r.base_zone(), r.stock_zone(), r.bonus_zone(), r.total_comp_zone(), r.levers(),
          r.counter_base(), r.counter_stock_grant(), r.counter_vest_years(), r.counter_bonus_pct(),
          r.counter_sign_on(), r.counter_total_comp(), r.counter_first_year_total_comp(), r.counter_uplift_pct(),
          r.capped(), r.script(), r.band_as_of(), r.stale(), r.evaluated_on(), r.fingerprint(),
          r.decision(), r.comparison_view(), r.anchor(), r.anchor_value_per_year(), r.offer_value_per_year(),
          r.counter_value_per_year(), r.offer_year_1(), r.offer_year_2(), r.offer_year_3(), r.offer_year_4(),
          r.counter_year_1(), r.counter_year_2(), r.counter_year_3(), r.counter_year_4(),
          r.counter_vest_schedule(), r.levelling(), r.counter_currency());
      if (explain) {
        values.add(safe(String.join(" | ", row.evaluation().firedRules())));
      }
      Map<String, String> passed = row.input().extras();
      for (String extra : extras) {
        values.add(safe(passed.getOrDefault(extra, "")));
      }
      try {
        return rows.writeValueAsString(values);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write a row as CSV: " + e.getOriginalMessage(), e);
      }
    }
  }

  static Row toRow(BatchRow row) {
    Evaluation e = row.evaluation();
    CounterOfferResult c = e.counter().orElse(null);
    PackageSummary offer = e.packageOf("offer");
    PackageSummary counter = e.packageOf("counter");
    return new Row(
        safe(e.offerId()),
        Integer.toString(row.input().line()),
        e.status().name(),
        safe(e.messages().stream().map(Object::toString).collect(java.util.stream.Collectors.joining("; "))),
        e.band().map(b -> safe(b.label())).orElse(""),
        e.currency() == null ? "" : e.currency().getCurrencyCode(),
        e.offerTotalComp() == null ? "" : Numbers.money(e.offerTotalComp().annual()),
        zone(e, Component.BASE),
        zone(e, Component.STOCK),
        zone(e, Component.BONUS),
        zone(e, Component.TOTAL_COMP),
        safe(e.levers().stream().map(AppliedLever::id).collect(Collectors.joining(";"))),
        c == null ? "" : Numbers.money(c.base()),
        c == null ? "" : Numbers.money(c.stockGrant()),
        c == null ? "" : Integer.toString(c.vestYears()),
        c == null ? "" : Numbers.percent(c.bonusPct()),
        c == null ? "" : Numbers.money(c.signOn()),
        c == null ? "" : Numbers.money(c.totalComp().annual()),
        c == null ? "" : Numbers.money(c.totalComp().firstYear()),
        c == null ? "" : Numbers.percent2(c.upliftPct()),
        c == null ? "" : c.capped().stream().sorted().map(Component::name).collect(Collectors.joining(";")),
        e.script().map(s -> safe(s)).orElse(""),
        e.band().map(b -> b.asOf().toString()).orElse(""),
        e.band().map(b -> Boolean.toString(e.stale())).orElse(""),
        e.evaluatedOn() == null ? "" : e.evaluatedOn().toString(),
        e.fingerprint() == null ? "" : e.fingerprint(),
        e.decision() == null ? "" : e.decision().name(),
        e.comparisonView() == null ? "" : e.comparisonView(),
        e.anchor() == null ? "" : safe(e.anchor().label()),
        e.anchor() == null ? "" : Numbers.money(e.anchor().valuePerYear()),
        offer == null ? "" : Numbers.money(offer.valuePerYear()),
        counter == null ? "" : Numbers.money(counter.valuePerYear()),
        year(offer, 0), year(offer, 1), year(offer, 2), year(offer, 3),
        year(counter, 0), year(counter, 1), year(counter, 2), year(counter, 3),
        c == null ? "" : c.vestSchedule().text(),
        safe(String.join("; ", e.levelling())),
        c == null ? "" : c.base().currency().getCurrencyCode());
  }

  private static String year(PackageSummary p, int i) {
    return p == null ? "" : Numbers.money(p.value().years().get(i).total());
  }

  private static String zone(Evaluation e, Component c) {
    Position p = e.position(c).orElse(null);
    return p == null ? "" : p.zone().name();
  }

  /**
   * Neutralises text a spreadsheet would run as a formula: a cell starting with {@code = + - @},
   * tab or carriage return gets a leading apostrophe.
   */
  public static String safe(String text) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + text : text;
  }
}
