package dev.offereval.json;

import static dev.offereval.json.EvaluationCodec.Deserializer.decimal;
import static dev.offereval.json.EvaluationCodec.Deserializer.money;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offereval.model.Component;
import dev.offereval.model.RoundComparison;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A later round's {@link RoundComparison} as the evaluation's JSON carries it, {@code
 * round_comparison}, and back: snake_case keys, amounts as plain numbers rounded to the minor unit
 * beside their {@code currency} (the offer's own), shares in percent.
 */
final class RoundComparisonCodec {
  private RoundComparisonCodec() {}

  static ObjectNode write(RoundComparison r) {
    ObjectNode o = Records.NODES.objectNode();
    o.put("round", r.round());
    o.put("currency", r.valueAfter().currency().getCurrencyCode());
    o.put("value_before", r.valueBefore().rounded());
    o.put("value_asked", r.valueAsked().rounded());
    o.put("value_after", r.valueAfter().rounded());
    o.put("gap_closed_pct", r.gapClosedPct());
    ArrayNode components = o.putArray("components");
    for (RoundComparison.Step s : r.components()) {
      ObjectNode c = components.addObject();
      c.put("component", s.component().name());
      c.put("before", s.before());
      c.put("asked", s.asked());
      c.put("after", s.after());
      c.put("asked_more", s.askedMore());
      c.put("gap_closed_pct", s.gapClosedPct());
      c.put("value_closed_pct", s.valueClosedPct());
    }
    o.put("cover", r.cover() == null ? null : r.cover().name());
    o.put("cover_amount", r.coverAmount() == null ? null : r.coverAmount().rounded());
    return o;
  }

  static RoundComparison read(JsonNode o) {
    Currency c = Currency.getInstance(o.path("currency").asText());
    List<RoundComparison.Step> steps = new ArrayList<>();
    for (JsonNode s : o.path("components")) {
      steps.add(new RoundComparison.Step(Component.valueOf(s.path("component").asText()), decimal(s, "before"),
          decimal(s, "asked"), decimal(s, "after"), s.path("asked_more").asBoolean(), decimal(s, "gap_closed_pct"),
          decimal(s, "value_closed_pct")));
    }
    return new RoundComparison(o.path("round").asInt(), money(o, "value_before", c), money(o, "value_asked", c),
        money(o, "value_after", c), decimal(o, "gap_closed_pct"), steps,
        o.hasNonNull("cover") ? Component.valueOf(o.get("cover").asText()) : null, money(o, "cover_amount", c));
  }
}
