package dev.offereval.server;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.io.HtmlReport;
import dev.offereval.model.Band;
import dev.offereval.model.internal.ReferenceData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page at {@code GET /negotiations}: the negotiations kept, a form that starts one, and the view
 * of one negotiation (its rounds as a timeline, a chart of each round's value per year against the
 * ask and the best competing offer, and the form for the next round). The page is the shell; {@code
 * negotiations.js} fills it from {@code /api/negotiations} and draws the chart as inline SVG.
 */
final class NegotiationPage {
  private NegotiationPage() {}

  static String render(OfferEvaluator evaluator) {
    ReferenceData data = evaluator.data();
    Document doc = HtmlReport.page("Negotiations – offer-evaluator");
    doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/assets/report.css");
    doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/assets/page.css");
    doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/assets/negotiations.css");
    Element body = doc.body();
    body.appendElement("h1").text("Negotiations, round by round");
    Element intro = body.appendElement("p").addClass("muted");
    intro.appendText("Each offer the recruiter makes, what you asked and what moved. Start with the first offer; record"
        + " each revised offer as the next round. ");
    intro.appendElement("a").attr("href", "/").text("Evaluate a single offer");
    body.appendElement("noscript").appendElement("p").addClass("problem").text("This view needs JavaScript. The same"
        + " is at hand as offer-eval negotiation start, round, show and list, and as the API under /api/negotiations.");

    Element layout = body.appendElement("div").addClass("layout");
    Element forms = layout.appendElement("div").attr("id", "forms");
    startForm(forms, data);
    roundForm(forms);

    Element views = layout.appendElement("div").attr("id", "views");
    Element view = views.appendElement("section").attr("id", "negotiation").attr("aria-labelledby", "negotiation-title")
        .attr("hidden", "hidden");
    view.appendElement("h2").attr("id", "negotiation-title");
    view.appendElement("p").attr("id", "negotiation-summary").addClass("muted");
    view.appendElement("figure").attr("id", "chart").addClass("chart");
    view.appendElement("h3").text("Rounds");
    view.appendElement("ol").attr("id", "timeline").addClass("timeline");
    Element actions = view.appendElement("p").addClass("no-print");
    actions.appendElement("a").attr("href", "/negotiations").attr("id", "all-negotiations").text("All negotiations");
    actions.appendText(" ");
    actions.appendElement("button").attr("type", "button").attr("id", "delete").text("Delete this negotiation");

    Element list = views.appendElement("section").attr("id", "negotiation-list")
        .attr("aria-labelledby", "negotiation-list-title");
    list.appendElement("h2").attr("id", "negotiation-list-title").text("Your negotiations");
    list.appendElement("p").attr("id", "list-note").addClass("muted").attr("aria-live", "polite").text("Loading…");
    Element table = list.appendElement("table").attr("id", "negotiations").attr("hidden", "hidden");
    table.appendElement("caption").text("Every negotiation kept, the latest change first");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String c : new String[] {"Id", "Company", "Role", "Rounds", "Last decision", "State", "Last change"}) {
      head.appendElement("th").attr("scope", "col").text(c);
    }
    table.appendElement("tbody");

    body.appendElement("footer").addClass("muted").appendElement("p").text("The same records as `offer-eval"
        + " negotiation`; the API is described at /api/openapi.json.");
    body.appendElement("script").attr("src", "/assets/negotiations.js");
    return doc.outerHtml() + "\n";
  }

  /** The first offer: the fields of the evaluation page's form, one competing offer, and a note. */
  private static void startForm(Element parent, ReferenceData data) {
    Element form = parent.appendElement("form").attr("id", "start-form").attr("aria-labelledby", "start-title");
    form.appendElement("h2").attr("id", "start-title").text("Start a negotiation");
    Element offer = Page.fieldset(form, "The first offer");
    Page.select(offer, "company", "Company", DataViews.distinct(data, Band::company), null, null);
    Page.select(offer, "role", "Role", DataViews.distinct(data, Band::role), null, null);
    Page.select(offer, "level", "Level", DataViews.distinct(data, Band::level), null, null);
    Map<String, String> regions = new LinkedHashMap<>();
    data.bands().forEach(b -> regions.putIfAbsent(b.region(), b.regionName()));
    Page.select(offer, "region", "Region", new ArrayList<>(regions.keySet()), regions, null);
    Page.input(offer, "base", "Base salary", "decimal", null, "such as 170000").attr("required", "required");
    Page.input(offer, "stock_grant", "Stock grant (over the vesting years)", "decimal", null, "such as 160000");
    Page.input(offer, "vest_years", "Vesting years", "numeric", null, "the band's when blank");
    Page.input(offer, "vest_schedule", "Vesting schedule", "text", null, "even, or such as 5/15/40/40");
    Page.input(offer, "bonus_pct", "Bonus target %", "decimal", null, "such as 10");
    Page.input(offer, "sign_on", "Sign-on bonus", "decimal", null, "0 when blank");
    Page.input(offer, "currency", "Currency", "text", null, "the band's when blank");
    Page.skills(form, data, null);
    Element comp = Page.fieldset(form, "Competing offer (optional)");
    comp.addClass("competing-offer");
    String[][] fields = {{"company", "Company", "text"}, {"level", "Level", "text"}, {"base", "Base salary", "decimal"},
      {"stock_grant", "Stock grant", "decimal"}, {"vest_years", "Vesting years", "numeric"},
      {"bonus_pct", "Bonus target %", "decimal"}, {"currency", "Currency", "text"}};
    for (String[] f : fields) {
      Page.input(comp, "competing-" + f[0], "competing_" + f[0], f[1], f[2], null, null);
    }
    Page.input(form, "start-note", "note", "Note (kept with round 1)", "text", null, null);
    form.appendElement("p").appendElement("button").attr("type", "submit").attr("id", "start").addClass("primary")
        .text("Start the negotiation");
    form.appendElement("p").attr("id", "start-problem").addClass("problem").attr("role", "alert").attr("hidden", "hidden");
  }

  /** The next round: the fields a recruiter revises, filled by the script from the last round. */
  private static void roundForm(Element parent) {
    Element form = parent.appendElement("form").attr("id", "round-form").attr("aria-labelledby", "round-title")
        .attr("hidden", "hidden");
    form.appendElement("h2").attr("id", "round-title").text("The next round");
    form.appendElement("p").addClass("muted").text("The recruiter's revised offer, filled in from the last round:"
        + " change what moved. Everything else, the skills and the competing offers stay as they were.");
    Element f = Page.fieldset(form, "The revised offer");
    f.attr("id", "round-fields");
    Page.input(f, "round-base", "base", "Base salary", "decimal", null, null);
    Page.input(f, "round-stock_grant", "stock_grant", "Stock grant (over the vesting years)", "decimal", null, null);
    Page.input(f, "round-bonus_pct", "bonus_pct", "Bonus target %", "decimal", null, null);
    Page.input(f, "round-sign_on", "sign_on", "Sign-on bonus", "decimal", null, null);
    Page.input(f, "round-vest_schedule", "vest_schedule", "Vesting schedule", "text", null, null);
    Page.input(form, "round-note", "note", "Note (kept with the round)", "text", null, "such as the recruiter's words");
    form.appendElement("p").appendElement("button").attr("type", "submit").attr("id", "record-round").addClass("primary")
        .text("Record this round");
    form.appendElement("p").attr("id", "round-problem").addClass("problem").attr("role", "alert").attr("hidden", "hidden");
  }
}
