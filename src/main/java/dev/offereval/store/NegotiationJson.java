package dev.offereval.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offereval.json.OfferEvalModule;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A negotiation as JSON: what {@code negotiation export} writes, {@code negotiation import} reads
 * and {@code negotiation show --format json} prints. Offers are written as {@link OfferEvalModule}
 * writes them; amounts are exact plain numbers. Each round after the first also carries {@code
 * moved}, what changed since the round before ({@link RoundChange}); reading ignores it.
 */
public final class NegotiationJson {
  /** The value of the document's {@code format} field. */
  public static final String FORMAT = "offer-eval-negotiation/1";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new OfferEvalModule())
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private NegotiationJson() {}

  /**
   * The negotiation as an indented JSON document, with a line end after it.
   *
   * @param n the negotiation
   * @return its JSON text
   */
  public static String write(Negotiation n) {
    try {
      return JSON.writeValueAsString(tree(n)) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a negotiation could not be written as JSON", e);
    }
  }

  /**
   * The negotiation as a JSON tree.
   *
   * @param n the negotiation
   * @return its JSON object
   */
  public static ObjectNode tree(Negotiation n) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("negotiation_id", n.id());
    root.put("company", n.company());
    root.put("role", n.role());
    root.put("level", n.level());
    root.put("region", n.region());
    root.put("open", n.isOpen());
    root.put("closed_reason", n.closedReason());
    root.put("created_at", n.createdAt().toString());
    root.put("updated_at", n.updatedAt().toString());
    ArrayNode rounds = root.putArray("rounds");
    Round previous = null;
    for (Round r : n.rounds()) {
      rounds.add(round(r, previous));
      previous = r;
    }
    return root;
  }

  private static ObjectNode round(Round r, Round previous) {
    ObjectNode o = JSON.createObjectNode();
    o.put("round", r.number());
    o.put("recorded_at", r.recordedAt().toString());
    o.put("note", r.note());
    o.set("offer", JSON.valueToTree(r.offer()));
    RoundOutcome out = r.outcome();
    o.put("status", out.status().name());
    o.put("evaluated_on", out.evaluatedOn().toString());
    o.put("fingerprint", out.fingerprint());
    if (out.ask() == null) {
      o.putNull("ask");
    } else {
      ObjectNode a = o.putObject("ask");
      a.put("currency", out.ask().base().currency().getCurrencyCode());
      a.put("base", out.ask().base().amount());
      a.put("stock_grant", out.ask().stockGrant().amount());
      a.put("vest_years", out.ask().vestYears());
      a.put("bonus_pct", out.ask().bonusPct());
      a.put("sign_on", out.ask().signOn().amount());
    }
    ObjectNode d = o.putObject("decision");
    d.put("code", out.decision().code());
    d.put("reason", out.decision().reason());
    ArrayNode figures = d.putArray("figures");
    for (RoundDecision.Figure f : out.decision().figures()) {
      figures.addObject().put("name", f.name()).put("value", f.value()).put("unit", f.unit());
    }
    o.put("script", out.script());
    if (previous != null) {
      RoundChange change = RoundChange.between(previous, r);
      ArrayNode moved = o.putArray("moved");
      for (RoundChange.ComponentMove m : change.components()) {
        ObjectNode c = moved.addObject();
        c.put("component", m.component());
        c.put("unit", m.unit());
        c.put("before", m.before());
        c.put("after", m.after());
        c.put("change", m.change());
        c.put("asked", m.asked());
        c.put("gap_closed_pct", m.gapClosedPct());
      }
      if (change.vestScheduleChanged()) {
        o.putObject("vest_schedule_moved").put("before", change.vestScheduleBefore())
            .put("after", change.vestScheduleAfter());
      }
    }
    return o;
  }

  /**
   * Reads a negotiation that {@link #write} wrote.
   *
   * @param text the JSON document
   * @return the negotiation, with the id it had where it was written
   * @throws NegotiationException naming the field when the document is not one
   */
  public static Negotiation read(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new NegotiationException("not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw new NegotiationException("not a negotiation export: its \"format\" is not \"" + FORMAT + "\"");
    }
    try {
      List<Round> rounds = new ArrayList<>();
      for (JsonNode r : required(root, "rounds")) {
        rounds.add(round(r));
      }
      JsonNode closed = root.get("closed_reason");
      return new Negotiation(root.path("negotiation_id").asLong(), text(root, "company"), text(root, "role"),
          text(root, "level"), text(root, "region"), closed == null || closed.isNull() ? null : closed.asText(),
          Instant.parse(text(root, "created_at")), Instant.parse(text(root, "updated_at")), rounds);
    } catch (JsonProcessingException e) {
      throw new NegotiationException("a round's offer cannot be read: " + e.getOriginalMessage());
    } catch (RuntimeException e) {
      if (e instanceof NegotiationException) {
        throw e;
      }
      throw new NegotiationException("not a negotiation export: " + e.getMessage());
    }
  }

  private static Round round(JsonNode r) throws JsonProcessingException {
    Offer offer = JSON.treeToValue(required(r, "offer"), Offer.class);
    JsonNode a = r.get("ask");
    Ask ask = null;
    if (a != null && !a.isNull()) {
      String currency = text(a, "currency");
      ask = new Ask(Money.of(decimal(a, "base"), currency), Money.of(decimal(a, "stock_grant"), currency),
          required(a, "vest_years").asInt(), decimal(a, "bonus_pct"), Money.of(decimal(a, "sign_on"), currency));
    }
    JsonNode d = required(r, "decision");
    List<RoundDecision.Figure> figures = new ArrayList<>();
    for (JsonNode f : d.path("figures")) {
      figures.add(new RoundDecision.Figure(text(f, "name"), decimal(f, "value"), text(f, "unit")));
    }
    RoundOutcome outcome = new RoundOutcome(Status.valueOf(text(r, "status")), LocalDate.parse(text(r, "evaluated_on")),
        text(r, "fingerprint"), ask, new RoundDecision(text(d, "code"), optional(d, "reason"), figures),
        optional(r, "script"));
    return new Round(required(r, "round").asInt(), Instant.parse(text(r, "recorded_at")), optional(r, "note"), offer,
        outcome);
  }

  private static JsonNode required(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      throw new NegotiationException("not a negotiation export: \"" + field + "\" is missing");
    }
    return n;
  }

  private static String text(JsonNode o, String field) {
    return required(o, field).asText();
  }

  private static String optional(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  /** An exact number: from the JSON number's own digits, never through a double. */
  private static BigDecimal decimal(JsonNode o, String field) {
    JsonNode n = required(o, field);
    if (!n.isNumber()) {
      throw new NegotiationException("not a negotiation export: \"" + field + "\" is not a number");
    }
    return n.decimalValue();
  }
}
