package dev.offereval.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offereval.json.OfferEvalModule;
import dev.offereval.model.Band;
import dev.offereval.model.Evaluation;
import dev.offereval.model.TotalComp;

/**
 * The CLI's JSON: an evaluation as {@link OfferEvalModule} writes it, and for a batch row its line
 * and pass-through columns too. The mapper is private; callers get immutable writers and readers.
 */
public final class EvaluationJson {
  static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new OfferEvalModule())
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  /** The formula, as every output states it. */
  public static final String FORMULA = TotalComp.FORMULA;

  private EvaluationJson() {}

  /** The CLI's writer: indented, plain numbers. */
  public static ObjectWriter writer() {
    return JSON.writer();
  }

  /** A reader of what {@link #writer()} wrote, numbers exact. */
  public static ObjectReader reader() {
    return JSON.reader();
  }

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
    return JSON.valueToTree(e);
  }

  /**
   * One evaluation as {@code offer --format json} prints it and {@code POST /api/evaluations}
   * answers: indented, with a line separator after it. Written straight from the record, without
   * the tree {@link #of(Evaluation)} builds first: the same text, for less work on every answer.
   */
  public static String text(Evaluation e) {
    try {
      return JSON.writeValueAsString(e) + System.lineSeparator();
    } catch (JsonProcessingException x) {
      throw new IllegalStateException("an evaluation could not be written as JSON", x);
    }
  }

  /**
   * One round of a negotiation: its evaluation as {@link #text(Evaluation)} writes it, with {@code
   * negotiation_id} and {@code round} before the evaluation's fields. {@code negotiation start} and
   * {@code round} print it with {@code --format json}, and {@code POST /api/negotiations} answers with it.
   */
  public static String roundText(long negotiationId, int round, Evaluation e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("negotiation_id", negotiationId);
    n.put("round", round);
    n.setAll(of(e));
    try {
      return JSON.writeValueAsString(n) + System.lineSeparator();
    } catch (JsonProcessingException x) {
      throw new IllegalStateException("a round's evaluation could not be written as JSON", x);
    }
  }

  /** A band as every output shows it; the HTTP API's {@code /api/bands} lists them so. */
  public static ObjectNode band(Band b) {
    return JSON.valueToTree(b);
  }

  /** An empty object node, for the HTTP API's own answers. */
  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** An empty array node. */
  public static ArrayNode array() {
    return JSON.createArrayNode();
  }
}
