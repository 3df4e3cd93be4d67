package dev.offereval.io;

import dev.offereval.model.Attribution;
import dev.offereval.model.Provenance;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.Band;
import dev.offereval.model.CompetingFigures;
import dev.offereval.model.Component;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Decision;
import dev.offereval.model.PackageSummary;
import dev.offereval.model.YearValue;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Message;
import dev.offereval.model.Money;
import dev.offereval.model.internal.MoneyFormat;
import dev.offereval.model.Position;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * A self-contained HTML report: styles and script inline, no network. Built as a DOM with jsoup,
 * so every piece of user text (company names, skills, offer ids) is escaped and renders as text.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The page's styles and script, inlined into every report so it loads nothing. */
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private static String resource(String name) {
    try (var in = HtmlReport.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("report resource " + name + " is missing", e);
    }
  }



  /** A report for a batch: see {@link HtmlBatchReport}. */
  public static String batch(List<BatchRow> rows, String rulesSource, String dataSource, String fingerprint) {
    return HtmlBatchReport.render(rows, rulesSource, dataSource, fingerprint);
  }

  /** A report for one offer. */
  public static String single(Evaluation e, String rulesSource, String dataSource) {
    Document doc = shell("Offer " + e.offerId() + " – offer-evaluator");
    Element main = doc.body().appendElement("main");
    main.appendElement("h1").text("Offer " + nullToDash(e.offerId()));
    offer(main, e, "o", 2);
    footer(doc.body(), rulesSource, dataSource, e.fingerprint());
    return html(doc);
  }

  /**
   * One offer's report as an HTML fragment, without styles or script, for a page that links both
   * (the {@code serve} page draws its result with it); ids start with {@code id}.
   */
  public static String fragment(Evaluation e, String id) {
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false).charset("UTF-8");
    Element section = doc.body().appendElement("section").addClass("report").attr("aria-label", "Result");
    offer(section, e, id, 3);
    return section.outerHtml();
  }

  static String capped(CounterOfferResult c, Component component) {
    return c.capped().contains(component) ? " (capped)" : "";
  }
  static Document shell(String title) {
    Document doc = page(title);
    doc.head().appendElement("style").appendChild(new DataNode(CSS));
    return doc;
  }

  /** An empty HTML5 page in English, UTF-8, with a viewport and a title; no styles or script. */
  public static Document page(String title) {
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false).charset("UTF-8");
    doc.prependChild(new DocumentType("html", "", ""));
    doc.selectFirst("html").attr("lang", "en");
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    doc.title(title);
    return doc;
  }

  static String html(Document doc) {
    doc.body().appendElement("script").appendChild(new DataNode(SCRIPT));
    return doc.outerHtml() + "\n";
  }

  static void footer(Element body, String rules, String data, String fingerprint) {
    body.appendElement("footer").addClass("muted").appendElement("p")
        .text("Rules: " + rules + "; data: " + data + "; fingerprint " + fingerprint + ".");
  }

  static void offer(Element parent, Evaluation e, String id, int level) {
    Marks marks = new Marks();
    Element head = parent.appendElement("p");
    head.appendElement("span").addClass("status").addClass(e.status().name()).text(e.status().name());
    if (e.band().isPresent()) {
      Band b = e.band().get();
      head.appendText(" " + b.company() + " " + b.role() + " " + b.level() + ", " + b.regionName());
    }
    String answer = Answer.of(e);
    if (answer != null) {
      parent.appendElement("p").addClass("answer").appendElement("strong").text("Answer: " + answer);
    }
    for (Message m : e.messages()) {
      parent.appendElement("p").addClass("muted").text(m.toString());
    }
    Band band = e.band().orElse(null);
    if (band != null) {
      parent.appendElement("h" + level).text("Where the offer sits in its band");
      charts(parent, e, id);
    }
    parent.appendElement("h" + level).text("Levers (" + e.levers().size() + ")");
    if (e.levers().isEmpty()) {
      parent.appendElement("p").text("None apply.");
    } else {
      Element ul = parent.appendElement("ul");
      for (AppliedLever l : e.levers()) {
        Element li = ul.appendElement("li");
        li.appendElement("strong").text(l.title());
        li.appendText(" (" + l.category() + "). Why: " + l.reason() + ".");
        li.appendElement("br");
        li.appendElement("q").text(l.talkingPoint());
        mark(li, marks.use(l.provenance()));
        if (l.source() != null) {
          li.appendElement("div").addClass("source").text(capitalised(Marks.from(l.provenance())) + ": " + l.source() + ".");
        }
      }
    }
    packages(parent, e, level, marks);
    CounterOfferResult c = e.counter().orElse(null);
    if (c != null) {
      mark(parent.appendElement("h" + level).text("Counter-offer"), marks.use(Provenance.PROJECT));
      String restated = CounterCurrency.note(e);
      if (restated != null) {
        parent.appendElement("p").addClass("note").text(Character.toUpperCase(restated.charAt(0)) + restated.substring(1)
            + ".");
      }
      Element t = parent.appendElement("table");
      Element hr = t.appendElement("thead").appendElement("tr");
      for (String h : List.of("Component", "Ask", "Why")) {
        hr.appendElement("th").attr("scope", "col").text(h);
      }
      Element body = t.appendElement("tbody");
      counterRow(body, "Base", MoneyFormat.full(c.base()), c, Component.BASE);
      counterRow(body, "Stock grant", MoneyFormat.full(c.stockGrant()) + ", " + c.vestSchedule().describe(), c,
          Component.STOCK);
      counterRow(body, "Bonus", Numbers.percent(c.bonusPct()) + "%", c, Component.BONUS);
      counterRow(body, "Sign-on", MoneyFormat.full(c.signOn()), c, Component.SIGN_ON);
      Element total = body.appendElement("tr");
      total.appendElement("th").attr("scope", "row").text("Annual total comp");
      total.appendElement("td").addClass("num").text(MoneyFormat.full(c.totalComp().annual()));
      total.appendElement("td").text("Uplift " + Numbers.percent2(c.upliftPct()) + "% over the offer's value per"
          + " year (" + e.comparisonView() + "); annual total comp by " + EvaluationJson.FORMULA);
    }
    if (e.script().isPresent()) {
      Element h = parent.appendElement("h" + level).text("Script");
      Attribution from = e.scriptAttribution();
      if (from != null) {
        mark(h, marks.use(from.provenance()));
      }
      parent.appendElement("pre").addClass("script").attr("id", id + "-script").text(e.script().get());
      String source = Marks.scriptSourceSentence(from);
      if (source != null) {
        parent.appendElement("p").addClass("muted").text(source);
      }
      parent.appendElement("button").attr("type", "button").attr("data-copy", id + "-script").text("Copy script");
    }
    if (band != null) {
      parent.appendElement("h" + level).text("Band sources");
      Element p = parent.appendElement("p");
      p.appendText(band.company() + " " + band.role() + " " + band.level() + " " + band.regionName() + ", as of "
          + band.asOf() + " (" + band.sourceFile() + ")");
      if (e.stale()) {
        p.appendText(" ");
        p.appendElement("span").addClass("stale").text("STALE on " + e.evaluatedOn());
      }
      if (band.guide() != null) {
        parent.appendElement("p").text("From the guide: " + band.guide() + (band.sources().isEmpty() ? "." : ", which cites:"));
      }
      Element ul = parent.appendElement("ul");
      band.sources().forEach(s -> ul.appendElement("li").text(s));
    }
    List<String> legend = marks.legend();
    if (!legend.isEmpty()) {
      Element ul = parent.appendElement("ul").addClass("legend").addClass("muted").attr("aria-label", "Marks");
      legend.forEach(m -> ul.appendElement("li").text(m));
    }
  }

  static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A provenance marker: a superscript letter whose title says what it means. */
  private static void mark(Element at, Provenance p) {
    at.appendText(" ");
    at.appendElement("sup").addClass("mark").attr("title", p.legend()).text(p.marker());
  }

  /** Side by side: the offer, each competing offer as offered, and the counter, year by year. */
  private static void packages(Element parent, Evaluation e, int level, Marks marks) {
    if (e.packages().isEmpty()) {
      return;
    }
    parent.appendElement("h" + level).text("Packages side by side");
    parent.appendElement("p").text("Each year is base + the stock vesting that year + bonus + sign-on in year 1, in "
        + e.currency().getCurrencyCode() + "; packages compare by the " + e.comparisonView() + ".");
    boolean unknownBonus = e.packages().stream().anyMatch(p -> !p.value().bonusKnown());
    Element t = parent.appendElement("table");
    Element hr = t.appendElement("thead").appendElement("tr");
    List<String> heads = new ArrayList<>(List.of("Package", "As offered", "Year 1", "Year 2", "Year 3", "Year 4",
        "4-year average"));
    if (unknownBonus) {
      heads.add("4-year average before bonus"); // how packages compare when one bonus is unknown
    }
    heads.add("Verdict");
    for (String h : heads) {
      hr.appendElement("th").attr("scope", "col").text(h);
    }
    Element body = t.appendElement("tbody");
    for (PackageSummary p : e.packages()) {
      Element tr = body.appendElement("tr");
      if (e.anchor() != null && p.kind().equals("competing") && p.competingIndex() == e.anchor().competingIndex()) {
        tr.addClass("anchor");
      }
      tr.appendElement("th").attr("scope", "row").text(p.label() + (p.value().bonusKnown() ? "" : " (bonus unknown)"));
      tr.appendElement("td").text(asOffered(e, p));
      for (YearValue y : p.value().years()) {
        tr.appendElement("td").addClass("num").text(MoneyFormat.full(y.total()));
      }
      tr.appendElement("td").addClass("num").text(MoneyFormat.full(p.value().fourYearAverage()));
      if (unknownBonus) {
        tr.appendElement("td").addClass("num").text(MoneyFormat.full(
            p.value().average(dev.offereval.model.PackageValue.YEARS, false)));
      }
      tr.appendElement("td").text(p.verdict() == null ? "" : p.verdict());
    }
    Element notes = parent.appendElement("ul");
    if (e.anchor() != null) {
      Element li = notes.appendElement("li").text("Anchor");
      mark(li, marks.use(Provenance.PROJECT));
      li.appendText(": " + e.anchor().label() + " — " + e.anchor().why() + ".");
    }
    if (e.decisionReason() != null) {
      Element li = notes.appendElement("li").text("Decision");
      mark(li, marks.use(Provenance.PROJECT));
      li.appendText(": " + e.decision().words() + " — "
          + e.decisionReason() + ".");
    }
    for (String advice : e.levelling()) {
      Element li = notes.appendElement("li").text("Levelling");
      mark(li, marks.use(Provenance.PROJECT));
      li.appendText(": " + advice + ".");
    }
  }

  /** A package's own figures, in its own currency: base, grant and schedule, bonus. */
  private static String asOffered(Evaluation e, PackageSummary p) {
    return switch (p.kind()) {
      case "competing" -> e.competing().stream().filter(c -> c.index() == p.competingIndex()).findFirst()
          .map(c -> CompetingAsOffered.describe(c, p.schedule())
              + (c.fx().isIdentity() ? "" : "; converted at " + c.fx().rate().stripTrailingZeros().toPlainString()
                  + " " + c.fx().from() + "/" + c.fx().to() + " as of " + c.fx().asOf()))
          .orElse("");
      case "counter" -> e.counter().map(c -> MoneyFormat.full(c.base()) + " base, "
          + MoneyFormat.full(c.stockGrant()) + " stock (" + p.schedule().describe() + "), bonus "
          + Numbers.percent(c.bonusPct()) + "%"
          + (c.signOn().isPositive() ? ", sign-on " + MoneyFormat.full(c.signOn()) : "")).orElse("");
      default -> offerAsOffered(e, p)
          + (e.offerFx() == null ? "" : "; converted from " + e.offerFx().from() + " at "
              + e.offerFx().rate().stripTrailingZeros().toPlainString() + " as of " + e.offerFx().asOf());
    };
  }

  /** The offer's base, grant (schedule) and bonus, as the competing and counter rows give theirs. */
  private static String offerAsOffered(Evaluation e, PackageSummary p) {
    if (e.offerTotalComp() == null) {
      return MoneyFormat.full(p.value().years().get(0).base()) + " base, stock " + p.schedule().describe();
    }
    String bonus = e.position(Component.BONUS).map(b -> ", bonus " + Numbers.percent(b.offered()) + "%").orElse("");
    return MoneyFormat.full(e.offerTotalComp().base()) + " base, "
        + MoneyFormat.full(e.offerTotalComp().stockPerYear().times(p.schedule().years())) + " stock ("
        + p.schedule().describe() + ")" + bonus;
  }

  private static void counterRow(Element body, String label, String ask, CounterOfferResult c, Component component) {
    Element tr = body.appendElement("tr");
    tr.appendElement("th").attr("scope", "row").text(label);
    tr.appendElement("td").addClass("num").text(ask + capped(c, component));
    tr.appendElement("td").text(c.reasons().getOrDefault(component, ""));
  }

  /** One chart's inputs, shared by the rendered SVG and the batch report's geometry. */
  record ChartSpec(String key, String title, BigDecimal min, BigDecimal max, List<BandChart.Marker> markers,
      Function<BigDecimal, String> format, String zone) {}

  private static void charts(Element parent, Evaluation e, String id) {
    for (ChartSpec c : chartSpecs(e)) {
      BandChart.render(parent, id + "-" + c.key(), c.title(), c.min(), c.max(), c.markers(), c.format(), c.zone());
    }
  }

  static List<ChartSpec> chartSpecs(Evaluation e) {
    List<ChartSpec> specs = new ArrayList<>();
    Band b = e.band().orElse(null);
    Currency cur = b.currency();
    Function<BigDecimal, String> money = v -> MoneyFormat.full(new Money(v, cur));
    Function<BigDecimal, String> pct = v -> Numbers.percent(v) + "%";
    CompetingFigures comp = e.featuredCompeting();
    CounterOfferResult c = e.counter().orElse(null);
    String compLabel = comp == null ? null : "Competing (" + comp.company() + ")";

    // the counter is stated in the offer's currency; the chart draws everything in the band's
    Function<Money, BigDecimal> onBand = m -> (m.currency().equals(cur) || e.offerFx() == null
        ? m : e.offerFx().convert(m)).amount();
    List<BandChart.Marker> base = markers(e, Component.BASE,
        comp == null ? null : comp.base().amount(), compLabel, c == null ? null : onBand.apply(c.base()));
    specs.add(new ChartSpec("base", "Base salary", b.base().min().amount(), b.base().max().amount(), base, money,
        zone(e, Component.BASE)));

    BigDecimal vest = BigDecimal.valueOf(b.vestYears());
    java.math.MathContext mc = java.math.MathContext.DECIMAL64;
    Position stock = e.position(Component.STOCK).orElse(null);
    List<BandChart.Marker> stockMarkers = new ArrayList<>();
    if (stock != null) {
      stockMarkers.add(new BandChart.Marker("offer", "Offer", stock.offered().divide(vest, mc)));
    }
    if (comp != null) {
      stockMarkers.add(new BandChart.Marker("competing", compLabel,
          comp.stockGrant().amount().divide(BigDecimal.valueOf(comp.vestYears()), mc)));
    }
    if (c != null) {
      stockMarkers.add(new BandChart.Marker("counter", "Counter",
          onBand.apply(c.stockGrant()).divide(BigDecimal.valueOf(c.vestYears()), mc)));
    }
    specs.add(new ChartSpec("stock", "Stock per year (grant over " + b.vestYears() + " years)",
        b.stockGrant().min().amount().divide(vest, mc), b.stockGrant().max().amount().divide(vest, mc), stockMarkers,
        money, zone(e, Component.STOCK)));

    List<BandChart.Marker> bonus = markers(e, Component.BONUS,
        comp == null || comp.offer().bonusPct() == null ? null : comp.offer().bonusPct(), compLabel,
        c == null ? null : c.bonusPct());
    specs.add(new ChartSpec("bonus", "Bonus target", b.bonusPct().min(), b.bonusPct().max(), bonus, pct,
        zone(e, Component.BONUS)));

    // a competing total with its bonus unknown leaves the bonus out: the label says so
    List<BandChart.Marker> total = markers(e, Component.TOTAL_COMP,
        comp == null ? null : comp.annualTotal().amount(),
        comp == null || comp.bonusKnown() ? compLabel : compLabel + " before bonus",
        c == null ? null : onBand.apply(c.totalComp().annual()));
    specs.add(new ChartSpec("total", "Annual total comp (against the source's stated range)",
        b.statedTotalComp().min().amount(), b.statedTotalComp().max().amount(), total, money,
        zone(e, Component.TOTAL_COMP)));
    return specs;
  }

  private static List<BandChart.Marker> markers(Evaluation e, Component component, BigDecimal competing,
      String competingLabel, BigDecimal counter) {
    List<BandChart.Marker> out = new ArrayList<>();
    Position p = e.position(component).orElse(null);
    if (p != null) {
      out.add(new BandChart.Marker("offer", "Offer", p.offered()));
    }
    if (competing != null) {
      out.add(new BandChart.Marker("competing", competingLabel, competing));
    }
    if (counter != null) {
      out.add(new BandChart.Marker("counter", "Counter", counter));
    }
    return out;
  }

  static String zone(Evaluation e, Component c) {
    Position p = e.position(c).orElse(null);
    return p == null ? null : p.zone().name().toLowerCase().replace('_', ' ');
  }







  static String nullToDash(String s) {
    return s == null || s.isEmpty() ? "–" : s;
  }
}
