package dev.offereval.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offereval.engine.OfferEvaluator;
import dev.offereval.io.Catalog;
import dev.offereval.io.EvaluationJson;
import dev.offereval.model.Band;
import dev.offereval.model.internal.LevelEquivalent;
import dev.offereval.model.internal.Lever;
import dev.offereval.model.internal.ReferenceData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the data holds, as the API lists it: bands, levers and level groups, each with where it came from. */
final class DataViews {
  private DataViews() {}

  private static ObjectNode header(OfferEvaluator evaluator) {
    ObjectNode n = EvaluationJson.object();
    n.put("data", evaluator.dataSource());
    n.put("fingerprint", evaluator.fingerprint());
    return n;
  }

  /** {@code GET /api/bands}: every band with its ranges, sources, source file and as-of date. */
  static ObjectNode bands(OfferEvaluator evaluator) {
    ObjectNode n = header(evaluator);
    ArrayNode list = n.putArray("bands");
    for (Band b : evaluator.data().bands()) {
      list.add(EvaluationJson.band(b));
    }
    return n;
  }

  /** {@code GET /api/levers}: the lever catalog with the source's own words. */
  static ObjectNode levers(OfferEvaluator evaluator) {
    ObjectNode n = header(evaluator);
    ArrayNode list = n.putArray("levers");
    for (Lever l : evaluator.data().levers()) {
      ObjectNode o = list.addObject();
      o.put("id", l.id());
      o.put("title", l.title());
      o.put("category", l.category());
      o.put("company", l.company());
      o.put("expertise", l.expertise());
      o.put("talking_point", l.talkingPoint());
      o.put("source_text", l.sourceText());
    }
    return n;
  }

  /** {@code GET /api/levels}: groups of equivalent levels across companies. */
  static ObjectNode levels(OfferEvaluator evaluator) {
    ObjectNode n = header(evaluator);
    n.put("source_file", "levels.yaml");
    Map<String, List<LevelEquivalent>> groups = new LinkedHashMap<>();
    for (LevelEquivalent l : evaluator.data().levels()) {
      groups.computeIfAbsent(l.group().id(), k -> new java.util.ArrayList<>()).add(l);
    }
    ArrayNode list = n.putArray("groups");
    groups.forEach((id, levels) -> {
      ObjectNode g = list.addObject();
      g.put("id", id);
      ArrayNode members = g.putArray("levels");
      levels.forEach(l -> members.addObject().put("company", l.company()).put("level", l.level()));
    });
    return n;
  }

  /**
   * {@code GET /api/catalog}: what the data knows, with where each thing comes from, and the bands'
   * staleness on {@code on}; as {@code offer-eval catalog --format json} prints it, with the fingerprint.
   */
  static ObjectNode catalog(OfferEvaluator evaluator, java.time.LocalDate on) {
    ObjectNode n = Catalog.of(evaluator.data(), evaluator.dataDir(), evaluator.dataSource(), on).json();
    n.put("fingerprint", evaluator.fingerprint());
    return n;
  }

  /** The data a form offers as choices, such as the distinct companies of the bands. */
  static List<String> distinct(ReferenceData data, java.util.function.Function<Band, String> field) {
    return data.bands().stream().map(field).distinct().toList();
  }
}
