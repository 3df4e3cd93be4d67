package dev.offereval.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.Provenance;
import dev.offereval.model.AnchorSummary;
import dev.offereval.model.Band;
import dev.offereval.model.PackageSummary;
import dev.offereval.model.YearValue;
import dev.offereval.model.Component;
import dev.offereval.model.CompetingFigures;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Evaluation;
import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.MoneyRange;
import dev.offereval.model.Position;
import dev.offereval.model.RuleFiring;
import dev.offereval.model.TotalComp;
import java.math.BigDecimal;
import java.util.Map;

/** The full evaluation as JSON, with snake_case keys, plain numbers and money rounded at output. */
public final class EvaluationJson {
  public static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /** The formula, as every output states it. */
  public static final String FORMULA = "annual = base + stock_grant / vest_years + base x bonus_pct / 100;"
      + " first_year = annual + sign_on";

  private EvaluationJson() {}

  public static ObjectNode of(BatchRow row) {
    ObjectNode n = of(row.evaluation());
    n.put("line", row.input().line());
    if (!row.input().extras().isEmpty()) {
      ObjectNode extras = n.putObject("input_extras");
      row.input().extras().forEach(extras::put);
    }
    return n;
  }

  public static ObjectNode of(Evaluation e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("offer_id", e.offerId());
    n.put("status", e.status().name());
    e.messages().forEach(n.putArray("messages")::add);
    n.set("band", e.band() == null ? null : band(e.band()));
    n.put("currency", e.currency() == null ? null : e.currency().getCurrencyCode());
    n.set("offer_fx", e.offerFx() == null ? null : fx(e.offerFx()));
    n.set("offer_total_comp", e.offerTotalComp() == null ? null : total(e.offerTotalComp()));
    ArrayNode positions = n.putArray("positions");
    for (Position p : e.positions()) {
      ObjectNode o = positions.addObject();
      o.put("component", p.component().name());
      o.put("unit", p.unit());
      o.put("zone", p.zone().name());
      o.put("offered", p.offered());
      o.put("min", p.min());
      o.put("max", p.max());
      o.put("penetration", Numbers.ratio(p.penetration()));
      o.put("compa_ratio", Numbers.ratio(p.compaRatio()));
    }
    ArrayNode levers = n.putArray("levers");
    for (AppliedLever l : e.levers()) {
      ObjectNode o = levers.addObject();
      o.put("id", l.id());
      o.put("title", l.title());
      o.put("category", l.category());
      o.put("reason", l.reason());
      o.put("talking_point", l.talkingPoint());
      o.put("provenance", l.provenance().id());
      o.put("guide_words", l.guideWords());
      o.put("guide_source", l.source());
    }
    ArrayNode competing = n.putArray("competing");
    for (CompetingFigures c : e.competing()) {
      ObjectNode o = competing.addObject();
      o.put("company", c.company());
      o.put("level", c.offer().level());
      o.put("cited", c.index() == e.citedCompetingIndex());
      o.put("currency", c.currency().getCurrencyCode());
      o.put("base", money(c.base()));
      o.put("stock_grant", money(c.stockGrant()));
      o.put("vest_years", c.vestYears());
      o.put("vest_schedule", c.offer().vestSchedule().text());
      o.put("bonus_pct", c.offer().bonusPct());
      o.put("bonus_known", c.bonusKnown());
      o.put("annual_total_comp", money(c.annualTotal()));
      ObjectNode asOffered = o.putObject("as_offered");
      asOffered.put("currency", c.offer().currency().getCurrencyCode());
      asOffered.put("base", money(c.offer().base()));
      asOffered.put("stock_grant", money(c.offer().stockGrant()));
      o.set("fx", c.fx().isIdentity() ? null : fx(c.fx()));
    }
    n.put("decision", e.decision() == null ? null : e.decision().name());
    n.put("decision_reason", e.decisionReason());
    // the decision, the anchor and the counter follow this project's policy (data/policy.yaml)
    n.put("decision_provenance", e.decision() == null ? null : Provenance.PROJECT.id());
    n.put("comparison_view", e.comparisonView());
    n.set("anchor", e.anchor() == null ? null : anchor(e.anchor()));
    ArrayNode packages = n.putArray("packages");
    e.packages().forEach(p -> packages.add(packageValue(p)));
    e.levelling().forEach(n.putArray("levelling")::add);
    n.set("counter", e.counter() == null ? null : counter(e.counter()));
    n.put("script_id", e.scriptTemplateId());
    n.put("script", e.script());
    n.put("script_provenance", e.scriptAttribution() == null ? null : e.scriptAttribution().provenance().id());
    n.put("script_source", e.scriptAttribution() == null ? null : e.scriptAttribution().source());
    e.firedRules().forEach(n.putArray("fired_rules")::add);
    n.put("fingerprint", e.fingerprint());
    n.put("evaluated_on", e.evaluatedOn() == null ? null : e.evaluatedOn().toString());
    n.put("stale", e.stale());
    if (!e.trace().isEmpty()) {
      ArrayNode trace = n.putArray("explanation");
      for (RuleFiring f : e.trace()) {
        ObjectNode o = trace.addObject();
        o.put("rule", f.rule());
        f.facts().forEach(o.putArray("matched")::add);
      }
    }
    return n;
  }

  private static ObjectNode anchor(AnchorSummary a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("kind", a.kind().name());
    o.put("label", a.label());
    o.put("competing_index", a.competingIndex() < 0 ? null : a.competingIndex());
    o.put("value_per_year", money(a.valuePerYear()));
    o.put("with_bonus", a.withBonus());
    o.put("why", a.why());
    o.put("provenance", Provenance.PROJECT.id());
    return o;
  }

  private static ObjectNode packageValue(PackageSummary p) {
    ObjectNode o = JSON.createObjectNode();
    o.put("kind", p.kind());
    o.put("label", p.label());
    o.put("competing_index", p.competingIndex() < 0 ? null : p.competingIndex());
    o.put("vest_schedule", p.schedule().describe());
    o.put("bonus_known", p.value().bonusKnown());
    ArrayNode years = o.putArray("years");
    for (YearValue y : p.value().years()) {
      ObjectNode v = years.addObject();
      v.put("year", y.year());
      v.put("base", money(y.base()));
      v.put("stock", money(y.stock()));
      v.put("bonus", y.bonusKnown() ? money(y.bonus()) : null);
      v.put("sign_on", money(y.signOn()));
      v.put("total", money(y.total()));
    }
    o.put("first_year", money(p.value().firstYear()));
    o.put("four_year_average", money(p.value().fourYearAverage()));
    o.put("value_per_year", money(p.valuePerYear()));
    o.put("verdict", p.verdict());
    return o;
  }

  /** A band as every output shows it; the HTTP API's {@code /api/bands} lists them so. */
  public static ObjectNode band(Band b) {
    ObjectNode o = JSON.createObjectNode();
    o.put("company", b.company());
    o.put("role", b.role());
    o.put("level", b.level());
    o.put("region", b.region());
    o.put("region_name", b.regionName());
    o.put("currency", b.currency().getCurrencyCode());
    o.set("base", range(b.base()));
    ObjectNode stock = range(b.stockGrant());
    stock.put("vest_years", b.vestYears());
    o.set("stock_grant", stock);
    ObjectNode bonus = o.putObject("bonus_pct");
    bonus.put("min", b.bonusPct().min());
    bonus.put("max", b.bonusPct().max());
    o.set("stated_total_comp", range(b.statedTotalComp()));
    o.put("as_of", b.asOf().toString());
    b.sources().forEach(o.putArray("sources")::add);
    o.put("file", b.sourceFile());
    return o;
  }

  private static ObjectNode range(MoneyRange r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("min", r.min().rounded());
    o.put("max", r.max().rounded());
    return o;
  }

  private static ObjectNode fx(FxRate fx) {
    ObjectNode o = JSON.createObjectNode();
    o.put("from", fx.from().getCurrencyCode());
    o.put("to", fx.to().getCurrencyCode());
    o.put("rate", fx.rate().round(new java.math.MathContext(12)).stripTrailingZeros());
    o.put("as_of", fx.asOf() == null ? null : fx.asOf().toString());
    o.put("source", fx.source());
    return o;
  }

  private static ObjectNode total(TotalComp t) {
    ObjectNode o = JSON.createObjectNode();
    o.put("base", money(t.base()));
    o.put("stock_per_year", money(t.stockPerYear()));
    o.put("bonus", money(t.bonus()));
    o.put("annual", money(t.annual()));
    o.put("sign_on", money(t.signOn()));
    o.put("first_year", money(t.firstYear()));
    o.put("formula", FORMULA);
    return o;
  }

  private static ObjectNode counter(CounterOfferResult c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("base", money(c.base()));
    o.put("stock_grant", money(c.stockGrant()));
    o.put("vest_years", c.vestYears());
    o.put("vest_schedule", c.vestSchedule().text());
    o.put("bonus_pct", c.bonusPct());
    o.put("sign_on", money(c.signOn()));
    o.set("total_comp", total(c.totalComp()));
    o.put("uplift_pct", c.upliftPct() == null ? null : c.upliftPct().setScale(2, java.math.RoundingMode.HALF_UP));
    ArrayNode capped = o.putArray("capped");
    c.capped().stream().sorted().map(Component::name).forEach(capped::add);
    ObjectNode reasons = o.putObject("reasons");
    for (Map.Entry<Component, String> r : new java.util.TreeMap<>(c.reasons()).entrySet()) {
      reasons.put(r.getKey().name(), r.getValue());
    }
    o.put("provenance", Provenance.PROJECT.id());
    return o;
  }

  private static BigDecimal money(Money m) {
    return m.rounded();
  }
}
