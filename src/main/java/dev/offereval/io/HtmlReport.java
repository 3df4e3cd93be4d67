package dev.offereval.io;

import dev.offereval.model.AppliedLever;
import dev.offereval.model.Band;
import dev.offereval.model.CompetingFigures;
import dev.offereval.model.Component;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Money;
import dev.offereval.model.MoneyFormat;
import dev.offereval.model.Position;
import dev.offereval.model.Status;
import dev.offereval.model.Zone;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  private static final String CSS = """
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#fff;
        max-width:1100px;margin:0 auto;padding:24px}
      h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin:1.4em 0 .4em;border-bottom:1px solid #d0d7de}
      h3{font-size:1.05em;margin:1em 0 .3em}
      .status{display:inline-block;padding:1px 8px;border:1px solid #57606a;border-radius:10px;font-weight:600}
      .status.OK{background:#dafbe1}.status.NO_BAND{background:#fff8c5}.status.INVALID,.status.ERROR{background:#ffebe9}
      .stale{font-weight:700;color:#9a6700}
      figure.chart{margin:.4em 0 1em}figure.chart figcaption{font-size:.85em;color:#57606a}
      svg .axis{stroke:#8c959f;stroke-width:1}svg .band{fill:#ddf4ff;stroke:#0969da;stroke-width:1.5}
      svg .midpoint{stroke:#0969da;stroke-width:2;stroke-dasharray:3 2}
      svg .marker.offer circle{fill:#1f2328}svg .marker.competing path{fill:#fff;stroke:#bf3989;stroke-width:2.5}
      svg .marker.counter path{fill:#1a7f37}
      svg text{font-size:12px;fill:#1f2328}svg .end-label{fill:#57606a}
      table{border-collapse:collapse;margin:.4em 0}th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;
        vertical-align:top}td.num{text-align:right;font-variant-numeric:tabular-nums}
      th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer}
      pre.script{white-space:pre-wrap;background:#f6f8fa;border:1px solid #d0d7de;padding:10px;font:inherit}
      details{border:1px solid #d0d7de;border-radius:6px;padding:4px 10px;margin:6px 0}
      summary{cursor:pointer;font-weight:600}.muted{color:#57606a}
      @media print{body{max-width:none;padding:0}details{border:0}details>*{display:block}
        button{display:none}a{color:inherit;text-decoration:none}}
      """;

  private static final String SCRIPT = """
      document.addEventListener('click', function (ev) {
        var copy = ev.target.closest('button[data-copy]');
        if (copy) {
          var text = document.getElementById(copy.getAttribute('data-copy')).textContent;
          if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(text).then(function () { copy.textContent = 'Copied'; }, function () {});
          }
          return;
        }
        var sort = ev.target.closest('th button[data-sort]');
        if (!sort) { return; }
        var table = sort.closest('table'), body = table.tBodies[0], col = +sort.getAttribute('data-sort');
        var asc = sort.getAttribute('aria-sort') !== 'ascending';
        table.querySelectorAll('th button').forEach(function (b) { b.removeAttribute('aria-sort'); });
        sort.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        Array.prototype.slice.call(body.rows).sort(function (a, b) {
          var x = a.cells[col].getAttribute('data-v') || a.cells[col].textContent;
          var y = b.cells[col].getAttribute('data-v') || b.cells[col].textContent;
          var nx = parseFloat(x), ny = parseFloat(y);
          var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
          return asc ? c : -c;
        }).forEach(function (r) { body.appendChild(r); });
      });
      var SVG = 'http://www.w3.org/2000/svg';
      function el(tag, attrs, text, ns) {
        var e = ns ? document.createElementNS(SVG, tag) : document.createElement(tag);
        for (var k in attrs || {}) { e.setAttribute(k, attrs[k]); }
        if (text != null) { e.textContent = text; }
        return e;
      }
      // Draws one chart from geometry computed by BandChart.geometry: the same layout as its SVG.
      function chart(c, id) {
        var fig = el('figure', {'class': 'chart'});
        var svg = el('svg', {viewBox: '0 0 640 112', width: '640', height: '112', role: 'img',
          'aria-labelledby': id + '-t ' + id + '-d'}, null, true);
        svg.appendChild(el('title', {id: id + '-t'}, c.t, true));
        svg.appendChild(el('desc', {id: id + '-d'}, c.d, true));
        svg.appendChild(el('line', {'class': 'axis', x1: 40, x2: 600, y1: 54, y2: 54}, null, true));
        svg.appendChild(el('rect', {'class': 'band', x: c.x0, y: 46, width: c.x1 - c.x0, height: 16}, null, true));
        svg.appendChild(el('line', {'class': 'midpoint', 'data-role': 'midpoint', x1: c.xm, x2: c.xm, y1: 40, y2: 68}, null, true));
        [[c.x0, c.lo], [c.x1, c.hi]].forEach(function (p) {
          svg.appendChild(el('text', {'class': 'end-label', x: Math.max(30, Math.min(610, p[0])), y: 86, 'text-anchor': 'middle'}, p[1], true));
        });
        var lanes = {offer: 0, competing: -11, counter: 11}, labelY = [14, 30, 104];
        c.k.forEach(function (m, i) {
          var g = el('g', {'class': 'marker ' + m[0], 'data-role': m[0], 'data-value': m[3],
            transform: 'translate(' + m[1] + ',' + (54 + lanes[m[0]]) + ')'}, null, true);
          g.appendChild(m[0] === 'offer' ? el('circle', {r: 7}, null, true)
            : el('path', {d: m[0] === 'competing' ? 'M0,-9 L8,6 L-8,6 Z' : 'M0,-9 L9,0 L0,9 L-9,0 Z'}, null, true));
          svg.appendChild(g);
          svg.appendChild(el('text', {'class': 'marker-label ' + m[0], x: Math.max(30, Math.min(610, +m[1])),
            y: labelY[Math.min(i, 2)], 'text-anchor': 'middle'}, m[2], true));
        });
        fig.appendChild(svg);
        var cap = el('figcaption');
        cap.appendChild(el('strong', null, c.t + '.'));
        cap.appendChild(document.createTextNode(' ' + c.d));
        fig.appendChild(cap);
        return fig;
      }
      var offers = null;
      function draw(d) {
        offers = offers || JSON.parse(document.getElementById('offer-data').textContent);
        var o = offers[+d.getAttribute('data-i')], id = d.id, box = el('div');
        var head = el('p'); head.appendChild(el('span', {'class': 'status ' + o.s}, o.s));
        if (o.b) { head.appendChild(document.createTextNode(' ' + o.b)); }
        box.appendChild(head);
        (o.m || []).forEach(function (m) { box.appendChild(el('p', {'class': 'muted'}, m)); });
        (o.c || []).forEach(function (c, i) { box.appendChild(chart(c, id + '-' + i)); });
        box.appendChild(el('h3', null, 'Levers (' + o.l.length + ')'));
        var ul = el('ul');
        o.l.forEach(function (l) { var li = el('li'); li.appendChild(el('strong', null, l[0])); li.appendChild(document.createTextNode('. Why: ' + l[1] + '.')); ul.appendChild(li); });
        box.appendChild(ul);
        if (o.co) {
          box.appendChild(el('h3', null, 'Counter-offer'));
          var t = el('table'), tb = el('tbody');
          o.co.forEach(function (r) { var tr = el('tr'); tr.appendChild(el('th', {scope: 'row'}, r[0])); tr.appendChild(el('td', {'class': 'num'}, r[1])); tr.appendChild(el('td', null, r[2])); tb.appendChild(tr); });
          t.appendChild(tb); box.appendChild(t);
        }
        if (o.sc) {
          box.appendChild(el('h3', null, 'Script'));
          box.appendChild(el('pre', {'class': 'script', id: id + '-script'}, o.sc));
          box.appendChild(el('button', {type: 'button', 'data-copy': id + '-script'}, 'Copy script'));
        }
        d.appendChild(box);
        d.classList.remove('lazy');
      }
      document.addEventListener('toggle', function (ev) {
        var d = ev.target;
        if (d.tagName === 'DETAILS' && d.open && d.classList.contains('lazy')) { draw(d); }
      }, true);
      window.addEventListener('beforeprint', function () {
        document.querySelectorAll('details.lazy').forEach(function (d) { draw(d); d.open = true; });
      });
      function openTarget() {
        var el = location.hash && document.getElementById(location.hash.slice(1));
        if (el && el.tagName === 'DETAILS') { el.open = true; }
      }
      window.addEventListener('hashchange', openTarget);
      openTarget();
      """;

  /** A report for one offer. */
  public static String single(Evaluation e, String rulesSource, String dataSource) {
    Document doc = shell("Offer " + e.offerId() + " – offer-evaluator");
    Element main = doc.body().appendElement("main");
    main.appendElement("h1").text("Offer " + nullToDash(e.offerId()));
    offer(main, e, "o", 2);
    footer(doc.body(), rulesSource, dataSource, e.fingerprint());
    return html(doc);
  }

  /** A report for a batch: summary, sortable table, each offer's detail collapsed, invalid rows. */
  public static String batch(List<BatchRow> rows, String rulesSource, String dataSource, String fingerprint) {
    Document doc = shell("Batch of " + rows.size() + " offers – offer-evaluator");
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
        ul.appendElement("li").text("Line " + r.input().line() + ", " + nullToDash(r.evaluation().offerId()) + ": "
            + String.join("; ", r.evaluation().messages()));
      }
    }
    main.appendElement("h2").text("Offers");
    main.appendElement("p").addClass("muted").text("Each offer's charts, levers, counter-offer and script open with it."
        + " Talking points and band sources, the same for every offer, are listed once below.");
    Map<String, AppliedLever> levers = new TreeMap<>();
    Map<String, Band> bands = new TreeMap<>();
    var data = EvaluationJson.JSON.createArrayNode();
    for (BatchRow r : rows) {
      Evaluation e = r.evaluation();
      Element details = main.appendElement("details").attr("id", anchor(r)).addClass("lazy")
          .attr("data-i", Integer.toString(data.size()));
      data.add(detail(e));
      details.appendElement("summary").text(nullToDash(e.offerId()) + " (line " + r.input().line() + "): " + e.status()
          + (e.band() == null ? "" : ", " + e.band().level() + " " + e.band().regionName()));
      e.levers().forEach(l -> levers.putIfAbsent(l.id(), l));
      if (e.band() != null) {
        bands.putIfAbsent(e.band().label(), e.band());
      }
    }
    main.appendElement("script").attr("type", "application/json").attr("id", "offer-data")
        .appendChild(new DataNode(htmlSafeJson(data)));
    main.appendElement("h2").text("Talking points");
    Element tl = main.appendElement("dl");
    levers.values().forEach(l -> {
      tl.appendElement("dt").appendElement("strong").text(l.title() + " (" + l.id() + ")");
      tl.appendElement("dd").appendElement("q").text(l.talkingPoint());
    });
    main.appendElement("p").addClass("muted").text("A talking point with placeholders is filled per offer;"
        + " the one shown is the first offer's.");
    main.appendElement("h2").text("Band sources");
    for (Band b : bands.values()) {
      main.appendElement("h3").text(b.company() + " " + b.role() + " " + b.level() + ", " + b.regionName()
          + " (as of " + b.asOf() + ", " + b.sourceFile() + ")");
      Element ul = main.appendElement("ul");
      b.sources().forEach(src -> ul.appendElement("li").text(src));
    }
    footer(doc.body(), rulesSource, dataSource, fingerprint);
    return html(doc);
  }

  /** One offer's detail as compact JSON, drawn by the page's script when its section opens. */
  static com.fasterxml.jackson.databind.node.ObjectNode detail(Evaluation e) {
    var o = EvaluationJson.JSON.createObjectNode();
    o.put("s", e.status().name());
    e.messages().forEach(o.putArray("m")::add);
    if (e.band() != null) {
      o.put("b", e.band().company() + " " + e.band().role() + " " + e.band().level() + ", " + e.band().regionName()
          + ", as of " + e.band().asOf() + (e.stale() ? " (STALE on " + e.evaluatedOn() + ")" : ""));
      var charts = o.putArray("c");
      for (ChartSpec c : chartSpecs(e)) {
        charts.add(BandChart.geometry(c.title(), c.min(), c.max(), c.markers(), c.format(), c.zone()));
      }
    }
    var levers = o.putArray("l");
    e.levers().forEach(l -> levers.addArray().add(l.title()).add(l.reason()));
    CounterOfferResult c = e.counter();
    if (c != null) {
      var rows = o.putArray("co");
      rows.addArray().add("Base").add(MoneyFormat.full(c.base()) + capped(c, Component.BASE))
          .add(c.reasons().getOrDefault(Component.BASE, ""));
      rows.addArray().add("Stock grant").add(MoneyFormat.full(c.stockGrant()) + " over " + c.vestYears() + " years"
          + capped(c, Component.STOCK)).add(c.reasons().getOrDefault(Component.STOCK, ""));
      rows.addArray().add("Bonus").add(Numbers.percent(c.bonusPct()) + "%" + capped(c, Component.BONUS))
          .add(c.reasons().getOrDefault(Component.BONUS, ""));
      rows.addArray().add("Sign-on").add(MoneyFormat.full(c.signOn())).add(c.reasons().getOrDefault(Component.SIGN_ON, ""));
      rows.addArray().add("Annual total comp").add(MoneyFormat.full(c.totalComp().annual()))
          .add("Uplift " + Numbers.percent(c.upliftPct()) + "% over the offer's " + MoneyFormat.full(e.offerTotalComp().annual()));
    }
    if (e.script() != null) {
      o.put("sc", e.script());
    }
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

  private static String capped(CounterOfferResult c, Component component) {
    return c.capped().contains(component) ? " (capped)" : "";
  }

  private static Document shell(String title) {
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false).charset("UTF-8");
    doc.prependChild(new DocumentType("html", "", ""));
    doc.selectFirst("html").attr("lang", "en");
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    doc.title(title);
    doc.head().appendElement("style").appendChild(new DataNode(CSS));
    return doc;
  }

  private static String html(Document doc) {
    doc.body().appendElement("script").appendChild(new DataNode(SCRIPT));
    return doc.outerHtml() + "\n";
  }

  private static void footer(Element body, String rules, String data, String fingerprint) {
    body.appendElement("footer").addClass("muted").appendElement("p")
        .text("Rules: " + rules + "; data: " + data + "; fingerprint " + fingerprint + ".");
  }

  private static void offer(Element parent, Evaluation e, String id, int level) {
    Element head = parent.appendElement("p");
    head.appendElement("span").addClass("status").addClass(e.status().name()).text(e.status().name());
    if (e.band() != null) {
      head.appendText(" " + e.band().company() + " " + e.band().role() + " " + e.band().level() + ", "
          + e.band().regionName());
    }
    for (String m : e.messages()) {
      parent.appendElement("p").addClass("muted").text(m);
    }
    Band band = e.band();
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
      }
    }
    CounterOfferResult c = e.counter();
    if (c != null) {
      parent.appendElement("h" + level).text("Counter-offer");
      Element t = parent.appendElement("table");
      Element hr = t.appendElement("thead").appendElement("tr");
      for (String h : List.of("Component", "Ask", "Why")) {
        hr.appendElement("th").attr("scope", "col").text(h);
      }
      Element body = t.appendElement("tbody");
      counterRow(body, "Base", MoneyFormat.full(c.base()), c, Component.BASE);
      counterRow(body, "Stock grant", MoneyFormat.full(c.stockGrant()) + " over " + c.vestYears() + " years", c, Component.STOCK);
      counterRow(body, "Bonus", Numbers.percent(c.bonusPct()) + "%", c, Component.BONUS);
      counterRow(body, "Sign-on", MoneyFormat.full(c.signOn()), c, Component.SIGN_ON);
      Element total = body.appendElement("tr");
      total.appendElement("th").attr("scope", "row").text("Annual total comp");
      total.appendElement("td").addClass("num").text(MoneyFormat.full(c.totalComp().annual()));
      total.appendElement("td").text("Uplift " + Numbers.percent(c.upliftPct()) + "% over the offer's "
          + MoneyFormat.full(e.offerTotalComp().annual()) + " (" + EvaluationJson.FORMULA + ")");
    }
    if (e.script() != null) {
      parent.appendElement("h" + level).text("Script");
      parent.appendElement("pre").addClass("script").attr("id", id + "-script").text(e.script());
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
      Element ul = parent.appendElement("ul");
      band.sources().forEach(s -> ul.appendElement("li").text(s));
    }
  }

  private static void counterRow(Element body, String label, String ask, CounterOfferResult c, Component component) {
    Element tr = body.appendElement("tr");
    tr.appendElement("th").attr("scope", "row").text(label);
    tr.appendElement("td").addClass("num").text(ask + capped(c, component));
    tr.appendElement("td").text(c.reasons().getOrDefault(component, ""));
  }

  /** One chart's inputs, shared by the rendered SVG and the batch report's geometry. */
  private record ChartSpec(String key, String title, BigDecimal min, BigDecimal max, List<BandChart.Marker> markers,
      Function<BigDecimal, String> format, String zone) {}

  private static void charts(Element parent, Evaluation e, String id) {
    for (ChartSpec c : chartSpecs(e)) {
      BandChart.render(parent, id + "-" + c.key(), c.title(), c.min(), c.max(), c.markers(), c.format(), c.zone());
    }
  }

  private static List<ChartSpec> chartSpecs(Evaluation e) {
    List<ChartSpec> specs = new ArrayList<>();
    Band b = e.band();
    Currency cur = b.currency();
    Function<BigDecimal, String> money = v -> MoneyFormat.full(new Money(v, cur));
    Function<BigDecimal, String> pct = v -> Numbers.percent(v) + "%";
    CompetingFigures comp = e.featuredCompeting();
    CounterOfferResult c = e.counter();
    String compLabel = comp == null ? null : "Competing (" + comp.company() + ")";

    List<BandChart.Marker> base = markers(e, Component.BASE,
        comp == null ? null : comp.base().amount(), compLabel, c == null ? null : c.base().amount());
    specs.add(new ChartSpec("base", "Base salary", b.base().min().amount(), b.base().max().amount(), base, money,
        zone(e, Component.BASE)));

    BigDecimal vest = BigDecimal.valueOf(b.vestYears());
    java.math.MathContext mc = java.math.MathContext.DECIMAL64;
    Position stock = e.position(Component.STOCK);
    List<BandChart.Marker> stockMarkers = new ArrayList<>();
    if (stock != null) {
      stockMarkers.add(new BandChart.Marker("offer", "Offer", stock.offered().divide(vest, mc)));
    }
    if (comp != null) {
      stockMarkers.add(new BandChart.Marker("competing", compLabel,
          comp.stockGrant().amount().divide(BigDecimal.valueOf(comp.vestYears()), mc)));
    }
    if (c != null) {
      stockMarkers.add(new BandChart.Marker("counter", "Counter", c.stockGrant().amount().divide(vest, mc)));
    }
    specs.add(new ChartSpec("stock", "Stock per year (grant over " + b.vestYears() + " years)",
        b.stockGrant().min().amount().divide(vest, mc), b.stockGrant().max().amount().divide(vest, mc), stockMarkers,
        money, zone(e, Component.STOCK)));

    List<BandChart.Marker> bonus = markers(e, Component.BONUS,
        comp == null || comp.offer().bonusPct() == null ? null : comp.offer().bonusPct(), compLabel,
        c == null ? null : c.bonusPct());
    specs.add(new ChartSpec("bonus", "Bonus target", b.bonusPct().min(), b.bonusPct().max(), bonus, pct,
        zone(e, Component.BONUS)));

    List<BandChart.Marker> total = markers(e, Component.TOTAL_COMP,
        comp == null ? null : comp.annualTotal().amount(), compLabel, c == null ? null : c.totalComp().annual().amount());
    specs.add(new ChartSpec("total", "Annual total comp (against the source's stated range)",
        b.statedTotalComp().min().amount(), b.statedTotalComp().max().amount(), total, money,
        zone(e, Component.TOTAL_COMP)));
    return specs;
  }

  private static List<BandChart.Marker> markers(Evaluation e, Component component, BigDecimal competing,
      String competingLabel, BigDecimal counter) {
    List<BandChart.Marker> out = new ArrayList<>();
    Position p = e.position(component);
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

  private static String zone(Evaluation e, Component c) {
    Position p = e.position(c);
    return p == null ? null : p.zone().name().toLowerCase().replace('_', ' ');
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
      tr.appendElement("td").appendElement("a").attr("href", "#" + anchor(r)).text(nullToDash(e.offerId()));
      tr.appendElement("td").addClass("num").text(Integer.toString(r.input().line()));
      tr.appendElement("td").text(e.status().name());
      tr.appendElement("td").text(e.band() == null ? "–" : e.band().level() + " " + e.band().region());
      for (Component c : List.of(Component.BASE, Component.STOCK, Component.BONUS, Component.TOTAL_COMP)) {
        String z = zone(e, c);
        tr.appendElement("td").text(z == null ? "–" : z);
      }
      tr.appendElement("td").addClass("num").text(Integer.toString(e.levers().size()));
      CounterOfferResult c = e.counter();
      tr.appendElement("td").addClass("num").attr("data-v", c == null ? "" : Numbers.money(c.totalComp().annual()))
          .text(c == null ? "–" : MoneyFormat.full(c.totalComp().annual()));
      tr.appendElement("td").addClass("num").text(c == null ? "–" : Numbers.percent(c.upliftPct()));
    }
  }

  private static String anchor(BatchRow r) {
    return "offer-line-" + r.input().line();
  }

  private static String nullToDash(String s) {
    return s == null || s.isEmpty() ? "–" : s;
  }
}
