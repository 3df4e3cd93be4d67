package dev.offereval.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.offereval.model.AnchorKind;
import dev.offereval.model.AnchorSummary;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.Attribution;
import dev.offereval.model.Band;
import dev.offereval.model.CompetingFigures;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Component;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Decision;
import dev.offereval.model.Evaluation;
import dev.offereval.model.FxRate;
import dev.offereval.model.Message;
import dev.offereval.model.Money;
import dev.offereval.model.PackageSummary;
import dev.offereval.model.PackageValue;
import dev.offereval.model.MoneyRange;
import dev.offereval.model.PercentRange;
import dev.offereval.model.Provenance;
import dev.offereval.model.Position;
import dev.offereval.model.RuleFiring;
import dev.offereval.model.Status;
import dev.offereval.model.TotalComp;
import dev.offereval.model.VestSchedule;
import dev.offereval.model.YearValue;
import dev.offereval.model.Zone;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@link Evaluation} as the CLI prints it: snake_case keys, plain numbers, money rounded to the
 * currency's minor unit and given in the evaluation currency. The components whose shape the CLI
 * fixed are written here by hand; any other component of these records is written, and read back,
 * under its snake_case name by {@link Records}.
 */
final class EvaluationCodec {
  private static final JsonNodeFactory NODES = Records.NODES;

  private static final Set<String> EVALUATION = Set.of("offerId", "status", "messages", "band", "currency",
      "offerFx", "offerTotalComp", "positions", "levers", "counter", "scriptTemplateId", "script", "firedRules",
      "fingerprint", "evaluatedOn", "stale", "trace", "competing", "citedCompetingIndex", "decision",
      "decisionReason", "comparisonView", "anchor", "packages", "levelling", "scriptAttribution", "roundComparison");
  private static final Set<String> BAND = Set.of("company", "role", "level", "region", "regionName", "currency",
      "base", "stockGrant", "vestYears", "bonusPct", "statedTotalComp", "asOf", "sources", "guide", "sourceFile");
  private static final Set<String> POSITION = Set.of("component", "unit", "zone", "offered", "min", "max",
      "penetration", "compaRatio");
  private static final Set<String> LEVER = Set.of("id", "title", "category", "reason", "talkingPoint",
      "guideWords", "source", "provenance");
  private static final Set<String> FIGURES = Set.of("index", "offer", "currency", "base", "stockGrant", "vestYears",
      "bonusPct", "fx", "value");
  private static final Set<String> COMPETING_OFFER = Set.of("company", "level", "base", "stockGrant", "vestYears",
      "bonusPct", "vestSchedule", "vestingAssumed");
  private static final Set<String> COUNTER = Set.of("base", "stockGrant", "vestYears", "vestSchedule", "bonusPct",
      "signOn", "totalComp", "upliftPct", "capped", "reasons", "valuePerYear", "offerValuePerYear");
  private static final Pattern DESCRIBED = Pattern.compile("(.*) over (\\d+) years?(?:, (\\d+)-month cliff)?");

  private EvaluationCodec() {}

  static final class Serializer extends StdSerializer<Evaluation> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Evaluation.class);
    }

    @Override
    public void serialize(Evaluation e, JsonGenerator gen, SerializerProvider provider) throws IOException {
      tree(e).serialize(gen, provider);
    }
  }

  /** A {@link Band} as {@link #band(Band)} writes it. */
  static final class BandSerializer extends StdSerializer<Band> {
    private static final long serialVersionUID = 1L;

    BandSerializer() {
      super(Band.class);
    }

    @Override
    public void serialize(Band b, JsonGenerator gen, SerializerProvider provider) throws IOException {
      band(b).serialize(gen, provider);
    }
  }

  /** Reads what {@link BandSerializer} writes. */
  static final class BandDeserializer extends StdDeserializer<Band> {
    private static final long serialVersionUID = 1L;

    BandDeserializer() {
      super(Band.class);
    }

    @Override
    public Band deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return Deserializer.band(Records.readExact(p), ctxt);
    }
  }

  static ObjectNode tree(Evaluation e) {
    ObjectNode n = NODES.objectNode();
    n.put("offer_id", e.offerId());
    n.put("status", e.status().name());
    ArrayNode messages = n.putArray("messages");
    e.messages().forEach(m -> messages.add(m.toString()));
    n.set("band", e.band().map(EvaluationCodec::band).orElse(null));
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
      o.put("penetration", ratio(p.penetration()));
      o.put("compa_ratio", ratio(p.compaRatio()));
      Records.writeOthers(o, p, POSITION);
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
      Records.writeOthers(o, l, LEVER);
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
      o.put("vesting_assumed", c.offer().vestingAssumed());   // true: not given, taken as even over four years
      o.put("bonus_pct", c.offer().bonusPct());
      o.put("bonus_known", c.bonusKnown());
      o.put("annual_total_comp", money(c.annualTotal()));
      ObjectNode asOffered = o.putObject("as_offered");
      asOffered.put("currency", c.offer().currency().getCurrencyCode());
      asOffered.put("base", money(c.offer().base()));
      asOffered.put("stock_grant", money(c.offer().stockGrant()));
      o.set("fx", c.fx().isIdentity() ? null : fx(c.fx()));
      Records.writeOthers(o, c, FIGURES);
      Records.writeOthers(o, c.offer(), COMPETING_OFFER);
    }
    n.put("decision", e.decision() == null ? null : e.decision().name());
    n.put("decision_reason", e.decisionReason());
    // the decision, the anchor and the counter follow this project's policy (data/policy.yaml)
    n.put("decision_provenance", e.decision() == null ? null : Provenance.PROJECT.id());
    // only a later round's evaluation has it: every other evaluation's JSON is as it was
    if (e.roundComparison() != null) {
      n.set("round_comparison", RoundComparisonCodec.write(e.roundComparison()));
    }
    n.put("comparison_view", e.comparisonView());
    n.set("anchor", e.anchor() == null ? null : anchor(e.anchor()));
    ArrayNode packages = n.putArray("packages");
    e.packages().forEach(p -> packages.add(packageValue(p)));
    ArrayNode levelling = n.putArray("levelling");
    e.levelling().forEach(levelling::add);
    n.set("counter", e.counter().map(EvaluationCodec::counter).orElse(null));
    n.put("script_id", e.scriptTemplateId());
    n.put("script", e.script().orElse(null));
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
    Records.writeOthers(n, e, EVALUATION);
    return n;
  }

  /** Reads back {@link VestSchedule#describe()}, or null when {@code text} is not one. */
  static VestSchedule described(String text) {
    Matcher m = DESCRIBED.matcher(text == null ? "" : text);
    if (!m.matches()) {
      return null;
    }
    int years = Integer.parseInt(m.group(2));
    return VestSchedule.parse(m.group(1) + (m.group(3) == null ? "" : " cliff " + m.group(3) + "m"), years, years);
  }

  private static ObjectNode anchor(AnchorSummary a) {
    ObjectNode o = NODES.objectNode();
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
    ObjectNode o = NODES.objectNode();
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

  /** A band as every output shows it: the evaluation's {@code band}, and the HTTP API's bands. */
  static ObjectNode band(Band b) {
    ObjectNode o = NODES.objectNode();
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
    if (b.guide() != null) {
      o.put("guide", b.guide());   // the sources below are the ones this guide cites
    }
    b.sources().forEach(o.putArray("sources")::add);
    o.put("file", b.sourceFile());
    Records.writeOthers(o, b, BAND);
    return o;
  }

  private static ObjectNode range(MoneyRange r) {
    ObjectNode o = NODES.objectNode();
    o.put("min", r.min().rounded());
    o.put("max", r.max().rounded());
    return o;
  }

  private static ObjectNode fx(FxRate fx) {
    ObjectNode o = NODES.objectNode();
    o.put("from", fx.from().getCurrencyCode());
    o.put("to", fx.to().getCurrencyCode());
    o.put("rate", fx.rate().round(new MathContext(12)).stripTrailingZeros());
    o.put("as_of", fx.asOf() == null ? null : fx.asOf().toString());
    o.put("source", fx.source());
    return o;
  }

  private static ObjectNode total(TotalComp t) {
    ObjectNode o = NODES.objectNode();
    o.put("base", money(t.base()));
    o.put("stock_per_year", money(t.stockPerYear()));
    o.put("bonus", money(t.bonus()));
    o.put("annual", money(t.annual()));
    o.put("sign_on", money(t.signOn()));
    o.put("first_year", money(t.firstYear()));
    o.put("formula", TotalComp.FORMULA);
    return o;
  }

  private static ObjectNode counter(CounterOfferResult c) {
    ObjectNode o = NODES.objectNode();
    // the counter is stated in the offer's currency, which may not be the evaluation's
    o.put("currency", c.base().currency().getCurrencyCode());
    o.put("base", money(c.base()));
    o.put("stock_grant", money(c.stockGrant()));
    o.put("vest_years", c.vestYears());
    o.put("vest_schedule", c.vestSchedule().text());
    o.put("bonus_pct", c.bonusPct());
    o.put("sign_on", money(c.signOn()));
    o.set("total_comp", total(c.totalComp()));
    o.put("uplift_pct", c.upliftPct() == null ? null : c.upliftPct().setScale(2, RoundingMode.HALF_UP));
    o.put("value_per_year", money(c.valuePerYear()));
    o.put("offer_value_per_year", money(c.offerValuePerYear()));
    ArrayNode capped = o.putArray("capped");
    c.capped().stream().sorted().map(Component::name).forEach(capped::add);
    ObjectNode reasons = o.putObject("reasons");
    for (Map.Entry<Component, String> r : new TreeMap<>(c.reasons()).entrySet()) {
      reasons.put(r.getKey().name(), r.getValue());
    }
    Records.writeOthers(o, c, COUNTER);
    o.put("provenance", Provenance.PROJECT.id());
    return o;
  }

  private static BigDecimal money(Money m) {
    return m.rounded();
  }

  private static BigDecimal ratio(BigDecimal r) {
    return r == null ? null : r.setScale(4, RoundingMode.HALF_UP);
  }

  /**
   * Reads what {@link Serializer} writes. Money comes back rounded as written; a competing offer's
   * own figures are converted back through its rate; a competing offer's index is its place in the
   * list, so writing the result again gives the same JSON.
   */
  static final class Deserializer extends StdDeserializer<Evaluation> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Evaluation.class);
    }

    @Override
    public Evaluation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode n = Records.readExact(p);
      Map<String, Object> v = new HashMap<>();
      v.put("offerId", text(n, "offer_id"));
      v.put("status", Status.valueOf(n.path("status").asText()));
      Status status = Status.valueOf(n.path("status").asText());
      v.put("messages", strings(n.path("messages")).stream().map(m -> Message.parse(m, status)).toList());
      Currency currency = n.hasNonNull("currency") ? Currency.getInstance(n.get("currency").asText()) : null;
      v.put("currency", currency);
      v.put("band", Optional.ofNullable(n.hasNonNull("band") ? band(n.get("band"), ctxt) : null));
      v.put("offerFx", n.hasNonNull("offer_fx") ? fx(n.get("offer_fx")) : null);
      v.put("offerTotalComp", n.hasNonNull("offer_total_comp") ? total(n.get("offer_total_comp"), currency) : null);
      List<Position> positions = new ArrayList<>();
      for (JsonNode o : n.path("positions")) {
        Map<String, Object> f = new HashMap<>();
        f.put("component", Component.valueOf(o.path("component").asText()));
        f.put("unit", text(o, "unit"));
        f.put("zone", Zone.valueOf(o.path("zone").asText()));
        f.put("offered", decimal(o, "offered"));
        f.put("min", decimal(o, "min"));
        f.put("max", decimal(o, "max"));
        f.put("penetration", decimal(o, "penetration"));
        f.put("compaRatio", decimal(o, "compa_ratio"));
        positions.add(read(Position.class, o, f, ctxt));
      }
      v.put("positions", positions);
      List<AppliedLever> levers = new ArrayList<>();
      for (JsonNode o : n.path("levers")) {
        Map<String, Object> f = new HashMap<>();
        f.put("id", text(o, "id"));
        f.put("title", text(o, "title"));
        f.put("category", text(o, "category"));
        f.put("reason", text(o, "reason"));
        f.put("talkingPoint", text(o, "talking_point"));
        f.put("guideWords", text(o, "guide_words"));
        f.put("source", text(o, "guide_source"));
        f.put("provenance", o.hasNonNull("provenance") ? Provenance.of(text(o, "provenance")) : null);
        levers.add(read(AppliedLever.class, o, f, ctxt));
      }
      v.put("levers", levers);
      List<CompetingFigures> competing = new ArrayList<>();
      int cited = -1;
      for (JsonNode o : n.path("competing")) {
        int index = competing.size();
        if (o.path("cited").asBoolean()) {
          cited = index;
        }
        competing.add(competing(o, index, ctxt));
      }
      v.put("competing", competing);
      v.put("citedCompetingIndex", cited);
      v.put("decision", n.hasNonNull("decision") ? Decision.valueOf(n.get("decision").asText()) : null);
      v.put("decisionReason", text(n, "decision_reason"));
      v.put("roundComparison", n.hasNonNull("round_comparison") ? RoundComparisonCodec.read(n.get("round_comparison")) : null);
      v.put("comparisonView", text(n, "comparison_view"));
      v.put("anchor", n.hasNonNull("anchor") ? anchor(n.get("anchor"), currency) : null);
      List<PackageSummary> packages = new ArrayList<>();
      for (JsonNode o : n.path("packages")) {
        packages.add(packageValue(o, currency));
      }
      v.put("packages", packages);
      v.put("levelling", strings(n.path("levelling")));
      v.put("counter", Optional.ofNullable(n.hasNonNull("counter") ? counter(n.get("counter"), currency, ctxt) : null));
      v.put("scriptTemplateId", text(n, "script_id"));
      v.put("script", Optional.ofNullable(text(n, "script")));
      v.put("scriptAttribution", n.hasNonNull("script_provenance")
          ? new Attribution(Provenance.of(text(n, "script_provenance")), text(n, "script_source")) : null);
      v.put("firedRules", strings(n.path("fired_rules")));
      v.put("fingerprint", text(n, "fingerprint"));
      v.put("evaluatedOn", n.hasNonNull("evaluated_on") ? LocalDate.parse(n.get("evaluated_on").asText()) : null);
      v.put("stale", n.path("stale").asBoolean());
      List<RuleFiring> trace = new ArrayList<>();
      for (JsonNode o : n.path("explanation")) {
        trace.add(new RuleFiring(text(o, "rule"), strings(o.path("matched"))));
      }
      v.put("trace", trace);
      return read(Evaluation.class, n, v, ctxt);
    }

    private static <R extends Record> R read(Class<R> type, JsonNode node, Map<String, Object> known,
        DeserializationContext ctxt) throws IOException {
      Records.readOthers(type, node, known, ctxt);
      return Records.construct(type, known);
    }

    static Band band(JsonNode o, DeserializationContext ctxt) throws IOException {
      Currency c = Currency.getInstance(o.path("currency").asText());
      Map<String, Object> f = new HashMap<>();
      f.put("company", text(o, "company"));
      f.put("role", text(o, "role"));
      f.put("level", text(o, "level"));
      f.put("region", text(o, "region"));
      f.put("regionName", text(o, "region_name"));
      f.put("currency", c);
      f.put("base", range(o.get("base"), c));
      f.put("stockGrant", range(o.get("stock_grant"), c));
      f.put("vestYears", o.path("stock_grant").path("vest_years").asInt());
      f.put("bonusPct", new PercentRange(decimal(o.get("bonus_pct"), "min"), decimal(o.get("bonus_pct"), "max")));
      f.put("statedTotalComp", range(o.get("stated_total_comp"), c));
      f.put("asOf", LocalDate.parse(o.path("as_of").asText()));
      f.put("sources", strings(o.path("sources")));
      f.put("guide", text(o, "guide"));
      f.put("sourceFile", text(o, "file"));
      return read(Band.class, o, f, ctxt);
    }

    private static AnchorSummary anchor(JsonNode o, Currency c) {
      return new AnchorSummary(AnchorKind.valueOf(o.path("kind").asText()), index(o), text(o, "label"),
          money(o, "value_per_year", c), o.path("with_bonus").asBoolean(), text(o, "why"));
    }

    private static int index(JsonNode o) {
      return o.hasNonNull("competing_index") ? o.get("competing_index").asInt() : -1;
    }

    private static PackageSummary packageValue(JsonNode o, Currency c) {
      List<YearValue> years = new ArrayList<>();
      for (JsonNode y : o.path("years")) {
        boolean known = y.hasNonNull("bonus");
        years.add(new YearValue(y.path("year").asInt(), money(y, "base", c), money(y, "stock", c),
            known ? money(y, "bonus", c) : Money.zero(c), known, money(y, "sign_on", c)));
      }
      VestSchedule schedule = described(o.path("vest_schedule").asText());
      return new PackageSummary(text(o, "kind"), index(o), text(o, "label"), schedule,
          new PackageValue(c, years, o.path("bonus_known").asBoolean()), money(o, "value_per_year", c),
          text(o, "verdict"));
    }

    private static MoneyRange range(JsonNode o, Currency c) {
      return new MoneyRange(new Money(decimal(o, "min"), c), new Money(decimal(o, "max"), c));
    }

    private static FxRate fx(JsonNode o) {
      return new FxRate(Currency.getInstance(o.path("from").asText()), Currency.getInstance(o.path("to").asText()),
          decimal(o, "rate"), o.hasNonNull("as_of") ? LocalDate.parse(o.get("as_of").asText()) : null, text(o, "source"));
    }

    private static TotalComp total(JsonNode o, Currency c) {
      return new TotalComp(money(o, "base", c), money(o, "stock_per_year", c), money(o, "bonus", c),
          money(o, "annual", c), money(o, "sign_on", c), money(o, "first_year", c));
    }

    private static CompetingFigures competing(JsonNode o, int index, DeserializationContext ctxt) throws IOException {
      Currency c = Currency.getInstance(o.path("currency").asText());
      FxRate fx = o.hasNonNull("fx") ? fx(o.get("fx")) : FxRate.identity(c);
      FxRate back = fx.inverse();
      Money base = money(o, "base", c);
      Money stock = money(o, "stock_grant", c);
      int vest = o.path("vest_years").asInt();
      BigDecimal bonus = decimal(o, "bonus_pct");
      Map<String, Object> offer = new HashMap<>();
      offer.put("company", text(o, "company"));
      offer.put("level", text(o, "level"));
      JsonNode asOffered = o.get("as_offered");
      if (asOffered != null && asOffered.hasNonNull("currency")) {
        Currency own = Currency.getInstance(asOffered.get("currency").asText());
        offer.put("base", money(asOffered, "base", own));
        offer.put("stockGrant", money(asOffered, "stock_grant", own));
      } else {
        offer.put("base", fx.isIdentity() ? base : back.convert(base));
        offer.put("stockGrant", fx.isIdentity() ? stock : back.convert(stock));
      }
      offer.put("vestYears", vest);
      offer.put("vestSchedule", VestSchedule.parse(text(o, "vest_schedule"), vest, vest));
      offer.put("vestingAssumed", o.path("vesting_assumed").asBoolean(false));
      offer.put("bonusPct", bonus);
      Map<String, Object> f = new HashMap<>();
      f.put("index", index);
      f.put("currency", c);
      f.put("base", base);
      f.put("stockGrant", stock);
      f.put("vestYears", vest);
      f.put("bonusPct", bonus == null ? BigDecimal.ZERO : bonus);
      f.put("fx", fx);
      CompetingOffer own = read(CompetingOffer.class, o, offer, ctxt);
      f.put("offer", own);
      f.put("value", PackageValue.of(base, stock, own.vestSchedule(), own.bonusPct(), Money.zero(c)));
      return read(CompetingFigures.class, o, f, ctxt);
    }

    private static CounterOfferResult counter(JsonNode o, Currency evaluation, DeserializationContext ctxt)
        throws IOException {
      String code = text(o, "currency");
      Currency c = code == null ? evaluation : Currency.getInstance(code);
      Map<String, Object> f = new HashMap<>();
      f.put("base", money(o, "base", c));
      f.put("stockGrant", money(o, "stock_grant", c));
      f.put("vestYears", o.path("vest_years").asInt());
      f.put("vestSchedule", VestSchedule.parse(text(o, "vest_schedule"), o.path("vest_years").asInt(), 4));
      f.put("bonusPct", decimal(o, "bonus_pct"));
      f.put("signOn", money(o, "sign_on", c));
      f.put("totalComp", total(o.get("total_comp"), c));
      f.put("upliftPct", decimal(o, "uplift_pct"));
      f.put("valuePerYear", money(o, "value_per_year", c));
      f.put("offerValuePerYear", money(o, "offer_value_per_year", c));
      Set<Component> capped = EnumSet.noneOf(Component.class);
      o.path("capped").forEach(x -> capped.add(Component.valueOf(x.asText())));
      f.put("capped", capped);
      Map<Component, String> reasons = new EnumMap<>(Component.class);
      o.path("reasons").fields().forEachRemaining(r -> reasons.put(Component.valueOf(r.getKey()), r.getValue().asText()));
      f.put("reasons", reasons);
      return read(CounterOfferResult.class, o, f, ctxt);
    }

    private static String text(JsonNode o, String key) {
      JsonNode v = o.get(key);
      return v == null || v.isNull() ? null : v.asText();
    }

    static BigDecimal decimal(JsonNode o, String key) {
      JsonNode v = o.get(key);
      return v == null || v.isNull() ? null : v.decimalValue();
    }

    static Money money(JsonNode o, String key, Currency c) {
      BigDecimal d = decimal(o, key);
      return d == null ? null : new Money(d, c);
    }

    private static List<String> strings(JsonNode array) {
      List<String> out = new ArrayList<>();
      array.forEach(x -> out.add(x.asText()));
      return out;
    }
  }
}
