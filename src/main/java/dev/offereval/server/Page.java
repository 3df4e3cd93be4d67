package dev.offereval.server;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.io.HtmlReport;
import dev.offereval.model.Band;
import dev.offereval.model.internal.ExpertiseArea;
import dev.offereval.model.internal.LevelEquivalent;
import dev.offereval.model.internal.ReferenceData;
import dev.offereval.model.internal.SkillTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page at {@code GET /}: a form for one offer with its result beside it, and a batch upload.
 * Built as a DOM (jsoup) so every value shown is escaped. It works as a plain form (each submit
 * answers with the whole page) and, with script, evaluates in place as figures change. Styles and
 * script are files under {@code /assets/}, so the Content-Security-Policy needs no inline code.
 */
final class Page {
  /** A competing offer's fields: name without the competing_ prefix, label, input mode. */
  private static final String[][] COMPETING_FIELDS = {
    {"company", "Company", "text"}, {"level", "Level", "text"}, {"base", "Base salary", "decimal"},
    {"stock_grant", "Stock grant", "decimal"}, {"vest_years", "Vesting years", "numeric"},
    {"vest_schedule", "Vesting schedule", "text"},
    {"bonus_pct", "Bonus target %", "decimal"}, {"currency", "Currency", "text"}
  };

  private Page() {}

  /**
   * The whole page: the form filled with {@code input} (null for a blank form), {@code emptyCompeting}
   * more empty competing offers, and {@code resultHtml} in the result area (null for none yet).
   */
  static String render(OfferEvaluator evaluator, OfferInput input, int emptyCompeting, String resultHtml) {
    ReferenceData data = evaluator.data();
    Document doc = HtmlReport.page("Evaluate an offer – offer-evaluator");
    doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/assets/report.css");
    doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/assets/page.css");
    Element body = doc.body();
    body.appendElement("h1").text("Evaluate an offer");
    body.appendElement("p").addClass("muted").addClass("no-print").text("Where an offer sits in its band, the levers you"
        + " hold and what to counter with. Choose the band, enter the figures, and the result follows as you type.");
    Element toNegotiations = body.appendElement("p").addClass("no-print");
    toNegotiations.appendElement("a").attr("href", "/negotiations").attr("id", "to-negotiations")
        .text("Negotiations, round by round");
    toNegotiations.appendText(": keep each offer, each ask and each answer, and see what moved.");

    Map<String, String> v = input == null ? Map.of() : input.values();
    Element layout = body.appendElement("div").addClass("layout");
    Element form = layout.appendElement("form").attr("id", "offer-form").attr("method", "post").attr("action", "/")
        .addClass("no-print");

    Element band = fieldset(form, "The offer");
    select(band, "company", "Company", DataViews.distinct(data, Band::company), null, v.get("company"));
    select(band, "role", "Role", DataViews.distinct(data, Band::role), null, v.get("role"));
    select(band, "level", "Level", DataViews.distinct(data, Band::level), null, v.get("level"));
    Map<String, String> regions = new LinkedHashMap<>();
    data.bands().forEach(b -> regions.putIfAbsent(b.region(), b.regionName()));
    select(band, "region", "Region", new ArrayList<>(regions.keySet()), regions, v.get("region"));
    // filled by page.js from /api/catalog: the chosen band's date, staleness and file
    band.appendElement("p").attr("id", "band-note").addClass("muted").attr("aria-live", "polite");
    input(band, "base", "Base salary", "decimal", v.get("base"), "such as 170000").attr("required", "required");
    input(band, "stock_grant", "Stock grant (over the vesting years)", "decimal", v.get("stock_grant"), "such as 160000");
    input(band, "vest_years", "Vesting years", "numeric", v.get("vest_years"), "the band's when blank");
    input(band, "vest_schedule", "Vesting schedule", "text", v.get("vest_schedule"), "even, or such as 5/15/40/40");
    input(band, "bonus_pct", "Bonus target %", "decimal", v.get("bonus_pct"), "such as 10");
    input(band, "sign_on", "Sign-on bonus", "decimal", v.get("sign_on"), "0 when blank");
    input(band, "currency", "Currency", "text", v.get("currency"), "the band's when blank");

    skills(form, data, v.get("skills"));

    Element comp = fieldset(form, "Competing offers");
    comp.attr("id", "competing");
    Element list = comp.appendElement("div").attr("id", "competing-list");
    List<Map<String, String>> competing = new ArrayList<>(input == null ? List.of() : input.competing());
    for (int i = 0; i < emptyCompeting; i++) {
      competing.add(Map.of());
    }
    for (int i = 0; i < competing.size(); i++) {
      competingOffer(list, String.valueOf(i), competing.get(i));
    }
    comp.appendElement("button").attr("type", "submit").attr("name", "action").attr("value", "add-competing")
        .attr("id", "add-competing").text("Add a competing offer");
    Element levels = comp.appendElement("datalist").attr("id", "competing-companies");
    new LinkedHashSet<>(data.levels().stream().map(LevelEquivalent::company).toList())
        .forEach(c -> levels.appendElement("option").attr("value", c));
    Element levelList = comp.appendElement("datalist").attr("id", "competing-levels");
    new LinkedHashSet<>(data.levels().stream().map(LevelEquivalent::level).toList())
        .forEach(c -> levelList.appendElement("option").attr("value", c));

    form.appendElement("p").appendElement("button").attr("type", "submit").attr("id", "evaluate").text("Evaluate");

    Element result = layout.appendElement("div").attr("id", "result").attr("aria-live", "polite");
    if (resultHtml == null) {
      result.appendElement("p").addClass("muted").text("The result appears here: the offer's place in its band,"
          + " the levers, the counter-offer and the script.");
    } else {
      result.append(resultHtml);
    }

    Element batch = body.appendElement("section").attr("id", "batch").addClass("no-print")
        .attr("aria-labelledby", "batch-title");
    batch.appendElement("h2").attr("id", "batch-title").text("Evaluate a batch");
    batch.appendElement("p").text("A CSV file with the columns of `offer-eval evaluate` (offer_id, company, role,"
        + " level, region, base, ...), up to " + String.format("%,d", OfferServer.MAX_BATCH_ROWS) + " rows and "
        + OfferServer.MAX_BATCH_BYTES / (1024 * 1024) + " MiB. You get one evaluated row per input row, in order.");
    Element bf = batch.appendElement("form").attr("id", "batch-form").attr("method", "post").attr("action", "/batch")
        .attr("enctype", "multipart/form-data");
    Element p1 = bf.appendElement("p");
    p1.appendElement("label").attr("for", "batch-file").text("Offers CSV");
    p1.appendElement("input").attr("type", "file").attr("id", "batch-file").attr("name", "file")
        .attr("accept", ".csv,text/csv").attr("required", "required");
    Element p2 = bf.appendElement("p");
    p2.appendElement("label").attr("for", "batch-format").text("Get back");
    Element fmt = p2.appendElement("select").attr("id", "batch-format").attr("name", "format");
    fmt.appendElement("option").attr("value", "csv").text("The evaluated CSV");
    fmt.appendElement("option").attr("value", "html").text("The HTML batch report");
    bf.appendElement("p").appendElement("button").attr("type", "submit").attr("id", "batch-submit").text("Evaluate batch");
    batch.appendElement("div").attr("id", "batch-result").attr("aria-live", "polite");

    body.appendElement("footer").addClass("muted").appendElement("p").text("Rules: " + evaluator.rulesSource()
        + "; data: " + evaluator.dataSource() + "; fingerprint " + evaluator.fingerprint()
        + ". The same evaluation as `offer-eval offer`; the API is described at /api/openapi.json.");

    Element tpl = body.appendElement("template").attr("id", "competing-template");
    competingOffer(tpl, "__i__", Map.of());
    body.appendElement("script").attr("src", "/assets/report.js");
    body.appendElement("script").attr("src", "/assets/page.js");
    return doc.outerHtml() + "\n";
  }

  static Element fieldset(Element parent, String legend) {
    Element f = parent.appendElement("fieldset");
    f.appendElement("legend").text(legend);
    return f;
  }

  static void select(Element parent, String name, String label, List<String> options,
      Map<String, String> names, String chosen) {
    Element p = parent.appendElement("p");
    p.appendElement("label").attr("for", name).text(label);
    Element s = p.appendElement("select").attr("id", name).attr("name", name);
    for (String o : options) {
      Element opt = s.appendElement("option").attr("value", o).text(names == null ? o : names.get(o));
      if (o.equalsIgnoreCase(chosen == null ? "" : chosen.strip())) {
        opt.attr("selected", "selected");
      }
    }
  }

  static Element input(Element parent, String name, String label, String mode, String value, String hint) {
    return input(parent, name, name, label, mode, value, hint);
  }

  static Element input(Element parent, String id, String name, String label, String mode, String value,
      String hint) {
    Element p = parent.appendElement("p");
    p.appendElement("label").attr("for", id).text(label);
    Element in = p.appendElement("input").attr("type", "text").attr("id", id).attr("name", name)
        .attr("inputmode", mode).attr("autocomplete", "off");
    if (hint != null) {
      in.attr("placeholder", hint);
    }
    if (value != null) {
      in.attr("value", value);
    }
    return in;
  }

  /** Checkboxes for the skill tags data knows, by expertise area, and a field for any others. */
  static void skills(Element form, ReferenceData data, String given) {
    Set<String> chosen = new LinkedHashSet<>();
    if (given != null) {
      Arrays.stream(given.split("[;|]")).map(String::strip).filter(t -> !t.isEmpty()).forEach(chosen::add);
    }
    Element f = fieldset(form, "Skills");
    Set<String> known = new LinkedHashSet<>();
    for (ExpertiseArea area : data.expertiseAreas()) {
      Element group = f.appendElement("fieldset").addClass("skills");
      group.appendElement("legend").text(area.title());
      for (SkillTag t : data.skillTags()) {
        if (!t.area().equals(area.id())) {
          continue;
        }
        known.add(t.tag());
        String id = "skill-" + t.tag();
        Element span = group.appendElement("span").addClass("check");
        Element box = span.appendElement("input").attr("type", "checkbox").attr("id", id).attr("name", "skills")
            .attr("value", t.tag());
        if (chosen.stream().anyMatch(c -> c.equalsIgnoreCase(t.tag()))) {
          box.attr("checked", "checked");
        }
        span.appendElement("label").attr("for", id).text(t.tag());
      }
    }
    List<String> others = chosen.stream().filter(c -> known.stream().noneMatch(k -> k.equalsIgnoreCase(c))).toList();
    input(f, "skills_other", "Other skills (comma-separated)", "text", others.isEmpty() ? null : String.join(", ", others),
        null);
  }

  private static void competingOffer(Element parent, String i, Map<String, String> values) {
    Element f = parent.appendElement("fieldset").addClass("competing-offer");
    f.appendElement("legend").text("Competing offer");
    for (String[] field : COMPETING_FIELDS) {
      Element in = input(f, "competing-" + i + "-" + field[0], "competing_" + field[0], field[1], field[2],
          values.get("competing_" + field[0]), null);
      if (field[0].equals("company")) {
        in.attr("list", "competing-companies");
      } else if (field[0].equals("level")) {
        in.attr("list", "competing-levels");
      }
    }
    f.appendElement("button").attr("type", "submit").attr("name", "remove").attr("value", i).addClass("remove")
        .text("Remove this competing offer");
  }
}
