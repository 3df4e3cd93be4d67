package dev.offereval.io;

import dev.offereval.model.Provenance;
import dev.offereval.model.Band;
import dev.offereval.model.Component;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Evaluation;
import dev.offereval.model.internal.MoneyFormat;
import dev.offereval.model.Position;
import dev.offereval.model.Status;
import dev.offereval.model.Zone;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The batch page of the HTML report: a summary, a sortable table of offers, invalid rows, and each
 * offer's detail, collapsed and drawn by the page's script when opened from compact JSON, so that
 * 10,000 offers stay a reasonable size. Band sources, the same for every offer, appear once; talking
 * points are each offer's own (they name that candidate's skills and competing offer).
 */
final class HtmlBatchReport {
  private HtmlBatchReport() {}

  /** A report for a batch: summary, sortable table, each offer's detail collapsed, invalid rows. */
  static String render(List<BatchRow> rows, String rulesSource, String dataSource, String fingerprint) {
    Document doc = HtmlReport.shell("Batch of " + rows.size() + " offers – offer-evaluator");
    Element main = doc.body().appendElement("main");
    main.appendElement("h1").text("Batch of " + rows.size() + " offers");
    summary(main, rows);
    table(main, rows);
    List<BatchRow> invalid = rows.stream().filter(r -> r.evaluation().status() == Status.INVALID).toList();
    main.appendElement("h2").text("Invalid rows (" + invalid.size() + ")");
    if (invalid.isEmpty()) {
      main.appendElement("p").text("None.");
    } else {
      Element ul = main.appendElement("ul");
      for (BatchRow r : invalid) {
        ul.appendElement("li").text("Line " + r.input().line() + ", " + HtmlReport.nullToDash(r.evaluation().offerId()) + ": "
            + r.evaluation().messages().stream().map(Object::toString).collect(java.util.stream.Collectors.joining("; ")));
      }
    }
    main.appendElement("h2").text("Offers");
    main.appendElement("p").addClass("muted").text("Each offer's charts, levers with its own talking points,"
        + " counter-offer and script open with it. Band sources, the same for every offer, are listed once below.");
    Map<String, Band> bands = new TreeMap<>();
    var data = EvaluationJson.JSON.createArrayNode();
    for (BatchRow r : rows) {
      Evaluation e = r.evaluation();
      Element details = main.appendElement("details").attr("id", anchor(r)).addClass("lazy")
          .attr("data-i", Integer.toString(data.size()));
      data.add(detail(e));
      details.appendElement("summary").text(HtmlReport.nullToDash(e.offerId()) + " (line " + r.input().line() + "): " + e.status()
          + e.band().map(b -> ", " + b.level() + " " + b.regionName()).orElse(""));
      if (e.band().isPresent()) {
        bands.putIfAbsent(e.band().get().label(), e.band().get());
      }
    }
    main.appendElement("script").attr("type", "application/json").attr("id", "offer-data")
        .appendChild(new DataNode(htmlSafeJson(data)));
    main.appendElement("h2").text("Band sources");
    for (Band b : bands.values()) {
      main.appendElement("h3").text(b.company() + " " + b.role() + " " + b.level() + ", " + b.regionName()
          + " (as of " + b.asOf() + ", " + b.sourceFile() + ")");
      if (b.guide() != null) {
        main.appendElement("p").text("From the guide: " + b.guide() + (b.sources().isEmpty() ? "." : ", which cites:"));
      }
      Element ul = main.appendElement("ul");
      b.sources().forEach(src -> ul.appendElement("li").text(src));
    }
    HtmlReport.footer(doc.body(), rulesSource, dataSource, fingerprint);
    return HtmlReport.html(doc);
  }

  /** One offer's detail as compact JSON, drawn by the page's script when its section opens. */
  static com.fasterxml.jackson.databind.node.ObjectNode detail(Evaluation e) {
    var o = EvaluationJson.JSON.createObjectNode();
    o.put("s", e.status().name());
    var messages = o.putArray("m");
    e.messages().forEach(m -> messages.add(m.toString()));
    if (e.band().isPresent()) {
      Band b = e.band().get();
      o.put("b", b.company() + " " + b.role() + " " + b.level() + ", " + b.regionName()
          + ", as of " + b.asOf() + (e.stale() ? " (STALE on " + e.evaluatedOn() + ")" : ""));
      var charts = o.putArray("c");
      for (HtmlReport.ChartSpec c : HtmlReport.chartSpecs(e)) {
        charts.add(BandChart.geometry(c.title(), c.min(), c.max(), c.markers(), c.format(), c.zone()));
      }
    }
    Marks marks = new Marks();
    var levers = o.putArray("l");
    e.levers().forEach(l -> levers.addArray().add(l.title()).add(l.reason()).add(l.talkingPoint())
        .add(marks.use(l.provenance()).marker()));
    String answer = Answer.of(e);
    if (answer != null) {
      o.put("an", "Answer: " + answer);
    }
    if (!e.packages().isEmpty()) {
      o.put("pv", e.comparisonView());
      var rows = o.putArray("py");
      for (dev.offereval.model.PackageSummary p : e.packages()) {
        var row = rows.addArray().add(p.label() + (p.value().bonusKnown() ? "" : " (bonus unknown)"));
        p.value().years().forEach(y -> row.add(MoneyFormat.full(y.total())));
        row.add(MoneyFormat.full(p.value().fourYearAverage())).add(p.verdict() == null ? "" : p.verdict());
      }
      var notes = o.putArray("pn");
      if (e.anchor() != null) {
        notes.add("Anchor " + marks.bracketed(Provenance.PROJECT) + ": " + e.anchor().label() + " — "
            + e.anchor().why() + ".");
      }
      if (e.decisionReason() != null) {
        notes.add("Decision " + marks.bracketed(Provenance.PROJECT) + ": "
            + e.decision().words()
            + " — " + e.decisionReason() + ".");
      }
      e.levelling().forEach(a -> notes.add("Levelling " + marks.bracketed(Provenance.PROJECT) + ": " + a + "."));
      String restated = CounterCurrency.note(e);
      if (restated != null) {
        notes.add("Counter: " + restated + ".");
      }
    }
    CounterOfferResult c = e.counter().orElse(null);
    if (c != null) {
      o.put("cm", marks.use(Provenance.PROJECT).marker());
      var rows = o.putArray("co");
      rows.addArray().add("Base").add(MoneyFormat.full(c.base()) + HtmlReport.capped(c, Component.BASE))
          .add(c.reasons().getOrDefault(Component.BASE, ""));
      rows.addArray().add("Stock grant").add(MoneyFormat.full(c.stockGrant()) + ", " + c.vestSchedule().describe()
          + HtmlReport.capped(c, Component.STOCK)).add(c.reasons().getOrDefault(Component.STOCK, ""));
      rows.addArray().add("Bonus").add(Numbers.percent(c.bonusPct()) + "%" + HtmlReport.capped(c, Component.BONUS))
          .add(c.reasons().getOrDefault(Component.BONUS, ""));
      rows.addArray().add("Sign-on").add(MoneyFormat.full(c.signOn())).add(c.reasons().getOrDefault(Component.SIGN_ON, ""));
      rows.addArray().add("Annual total comp").add(MoneyFormat.full(c.totalComp().annual()))
          .add("Uplift " + Numbers.percent2(c.upliftPct()) + "% over the offer's value per year (" + e.comparisonView()
              + ")");
    }
    if (e.script().isPresent()) {
      o.put("sc", e.script().get());
      if (e.scriptAttribution() != null) {
        o.put("sm", marks.use(e.scriptAttribution().provenance()).marker());
        String source = Marks.scriptSourceSentence(e.scriptAttribution());
        if (source != null) {
          o.put("ss", source);
        }
      }
    }
    marks.legend().forEach(o.putArray("lg")::add);
    return o;
  }

  /**
   * JSON that is safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} are
   * written as unicode escapes, so no value can close the element or start markup.
   */
  static String htmlSafeJson(com.fasterxml.jackson.databind.JsonNode node) {
    try {
      return HTML_SAFE.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectWriter HTML_SAFE = EvaluationJson.JSON.writer()
      .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
      .with(new com.fasterxml.jackson.core.io.CharacterEscapes() {
        private final int[] escapes = htmlEscapes();

        @Override
        public int[] getEscapeCodesForAscii() {
          return escapes;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
          return null;
        }
      });

  private static int[] htmlEscapes() {
    int[] e = com.fasterxml.jackson.core.io.CharacterEscapes.standardAsciiEscapesForJSON();
    e['<'] = com.fasterxml.jackson.core.io.CharacterEscapes.ESCAPE_STANDARD;
    e['>'] = com.fasterxml.jackson.core.io.CharacterEscapes.ESCAPE_STANDARD;
    e['&'] = com.fasterxml.jackson.core.io.CharacterEscapes.ESCAPE_STANDARD;
    return e;
  }




  private static void summary(Element main, List<BatchRow> rows) {
    main.appendElement("h2").text("Summary");
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    Map<Component, Map<Zone, Integer>> zones = new EnumMap<>(Component.class);
    Map<String, Integer> levers = new TreeMap<>();
    for (BatchRow r : rows) {
      Evaluation e = r.evaluation();
      byStatus.merge(e.status(), 1, Integer::sum);
      for (Position p : e.positions()) {
        zones.computeIfAbsent(p.component(), k -> new EnumMap<>(Zone.class)).merge(p.zone(), 1, Integer::sum);
      }
      e.levers().forEach(l -> levers.merge(l.title() + " (" + l.id() + ")", 1, Integer::sum));
    }
    Element t = main.appendElement("table").attr("id", "status-counts");
    t.appendElement("caption").text("Offers by status");
    Element tr = t.appendElement("tr");
    for (Status s : Status.values()) {
      tr.appendElement("th").attr("scope", "col").text(s.name());
    }
    Element counts = t.appendElement("tr");
    for (Status s : Status.values()) {
      counts.appendElement("td").addClass("num").text(Integer.toString(byStatus.getOrDefault(s, 0)));
    }
    Element z = main.appendElement("table").attr("id", "zone-counts");
    z.appendElement("caption").text("Zones per component (offers with a band)");
    Element zh = z.appendElement("tr");
    zh.appendElement("th").attr("scope", "col").text("Component");
    for (Zone zone : Zone.values()) {
      zh.appendElement("th").attr("scope", "col").text(zone.name());
    }
    for (Component c : List.of(Component.BASE, Component.STOCK, Component.BONUS, Component.TOTAL_COMP)) {
      Element row = z.appendElement("tr");
      row.appendElement("th").attr("scope", "row").text(c.name());
      for (Zone zone : Zone.values()) {
        row.appendElement("td").addClass("num").text(Integer.toString(zones.getOrDefault(c, Map.of()).getOrDefault(zone, 0)));
      }
    }
    Element l = main.appendElement("table").attr("id", "lever-counts");
    l.appendElement("caption").text("How often each lever applied");
    levers.forEach((name, n) -> {
      Element row = l.appendElement("tr");
      row.appendElement("th").attr("scope", "row").text(name);
      row.appendElement("td").addClass("num").text(Integer.toString(n));
    });
  }
  private static void table(Element main, List<BatchRow> rows) {
    main.appendElement("h2").text("All offers");
    main.appendElement("p").addClass("muted").text("Select a column heading to sort; select an offer to open its detail.");
    Element t = main.appendElement("table").attr("id", "offers");
    Element hr = t.appendElement("thead").appendElement("tr");
    String[] heads = {"Offer", "Line", "Status", "Band", "Base", "Stock", "Bonus", "Total", "Levers", "Counter total",
        "Uplift %"};
    for (int i = 0; i < heads.length; i++) {
      hr.appendElement("th").attr("scope", "col").appendElement("button").attr("type", "button")
          .attr("data-sort", Integer.toString(i)).text(heads[i]);
    }
    Element body = t.appendElement("tbody");
    for (BatchRow r : rows) {
      Evaluation e = r.evaluation();
      Element tr = body.appendElement("tr");
      tr.appendElement("td").appendElement("a").attr("href", "#" + anchor(r)).text(HtmlReport.nullToDash(e.offerId()));
      tr.appendElement("td").addClass("num").text(Integer.toString(r.input().line()));
      tr.appendElement("td").text(e.status().name());
      tr.appendElement("td").text(e.band().map(b -> b.level() + " " + b.region()).orElse("–"));
      for (Component c : List.of(Component.BASE, Component.STOCK, Component.BONUS, Component.TOTAL_COMP)) {
        String z = HtmlReport.zone(e, c);
        tr.appendElement("td").text(z == null ? "–" : z);
      }
      tr.appendElement("td").addClass("num").text(Integer.toString(e.levers().size()));
      CounterOfferResult c = e.counter().orElse(null);
      tr.appendElement("td").addClass("num").attr("data-v", c == null ? "" : Numbers.money(c.totalComp().annual()))
          .text(c == null ? "–" : MoneyFormat.full(c.totalComp().annual()));
      tr.appendElement("td").addClass("num").text(c == null ? "–" : Numbers.percent2(c.upliftPct()));
    }
  }
  private static String anchor(BatchRow r) {
    return "offer-line-" + r.input().line();
  }}
