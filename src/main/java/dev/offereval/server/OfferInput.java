package dev.offereval.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One offer as the API and the page receive it: the CSV's column names as keys, {@code skills} as a
 * list, and {@code competing} as a list of objects whose keys drop the {@code competing_} prefix.
 * It becomes column values for {@link OfferCsvReader#fromValues(int, Map, List, String)}, so an offer over
 * HTTP passes exactly the checks a CSV row does.
 */
public record OfferInput(Map<String, String> values, List<Map<String, String>> competing) {
  // competing: each offer's values keyed by the competing columns without their competing_ prefix
  /** The offer_id when the body gives none, as the {@code offer} command's {@code --id} default. */
  public static final String DEFAULT_ID = "offer";

  /** Keys of an offer object: the CSV's offer columns (not competing_*), and the two lists. */
  public static final Set<String> OFFER_KEYS;

  /** Keys of a competing offer object: the competing_* columns without the prefix. */
  public static final Set<String> COMPETING_KEYS;

  static {
    Set<String> offer = new TreeSet<>();
    Set<String> comp = new TreeSet<>();
    for (String c : OfferCsvReader.COLUMNS) {
      if (c.startsWith("competing_")) {
        comp.add(c.substring("competing_".length()));
      } else {
        offer.add(c);
      }
    }
    offer.add("competing");
    OFFER_KEYS = java.util.Collections.unmodifiableSet(offer);
    COMPETING_KEYS = java.util.Collections.unmodifiableSet(comp);
  }

  /** Reads numbers as BigDecimal (never a double), and refuses repeated keys and trailing text. */
  static final ObjectMapper READER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** Parses one JSON document; {@code where} prefixes the messages (such as "line 3: "). */
  static OfferInput parseJson(String text, String where) {
    return of(parseObject(text, where, "the offer's fields"), where);
  }

  /** One JSON object, numbers exact; else a 400 saying the body must be an object with {@code what}. */
  static com.fasterxml.jackson.databind.node.ObjectNode parseObject(String text, String where, String what) {
    JsonNode root;
    try {
      root = READER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new Problem(Problem.Kind.BAD_JSON, where + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ")", null);
    }
    if (root == null || !root.isObject()) {
      throw new Problem(Problem.Kind.INVALID_FIELD, where + "the body must be a JSON object with " + what, null);
    }
    return (com.fasterxml.jackson.databind.node.ObjectNode) root;
  }

  static OfferInput of(JsonNode root, String where) {
    Map<String, String> values = new LinkedHashMap<>();
    List<Map<String, String>> competing = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String key = f.getKey();
      JsonNode v = f.getValue();
      if (!OFFER_KEYS.contains(key)) {
        String hint = key.startsWith("competing_") ? "; give competing offers as \"competing\": [{\""
            + key.substring("competing_".length()) + "\": ...}]" : "; the fields are " + String.join(", ", OFFER_KEYS);
        throw new Problem(Problem.Kind.UNKNOWN_FIELD, where + "unknown field '" + key + "'" + hint, key);
      }
      switch (key) {
        case "skills" -> values.put("skills", skills(v, where));
        case "competing" -> competing.addAll(competing(v, where));
        default -> put(values, key, key, v, where);
      }
    }
    values.putIfAbsent("offer_id", DEFAULT_ID);
    return new OfferInput(values, competing);
  }

  private static String skills(JsonNode v, String where) {
    if (v.isNull()) {
      return null;
    }
    if (!v.isArray()) {
      throw new Problem(Problem.Kind.INVALID_FIELD, where + "skills must be a list of skill tags, such as [\"cdp\", \"kafka\"]",
          "skills");
    }
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode t = v.get(i);
      if (!t.isTextual()) {
        throw new Problem(Problem.Kind.INVALID_FIELD, where + "skills[" + i + "] must be a string", "skills[" + i + "]");
      }
      if (t.asText().contains(";") || t.asText().contains("|")) {
        throw new Problem(Problem.Kind.INVALID_FIELD, where + "skills[" + i + "] must be one tag, without ; or |",
            "skills[" + i + "]");
      }
      tags.add(t.asText());
    }
    return String.join(";", tags);
  }

  private static List<Map<String, String>> competing(JsonNode v, String where) {
    if (v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new Problem(Problem.Kind.INVALID_FIELD, where + "competing must be a list of competing offers", "competing");
    }
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode o = v.get(i);
      String at = "competing[" + i + "]";
      if (!o.isObject()) {
        throw new Problem(Problem.Kind.INVALID_FIELD, where + at + " must be an object", at);
      }
      Map<String, String> values = new HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (!COMPETING_KEYS.contains(f.getKey())) {
          throw new Problem(Problem.Kind.UNKNOWN_FIELD, where + "unknown field '" + f.getKey() + "' in " + at
              + "; its fields are " + String.join(", ", COMPETING_KEYS), at + "." + f.getKey());
        }
        put(values, f.getKey(), at + "." + f.getKey(), f.getValue(), where);
      }
      out.add(values);
    }
    return out;
  }

  /** A scalar: a string, or a number taken as written (never through a double); null leaves it out. */
  static void put(Map<String, String> values, String column, String field, JsonNode v, String where) {
    if (v.isNull()) {
      return;
    }
    if (v.isTextual()) {
      values.put(column, v.asText());
    } else if (v.isNumber()) {
      BigDecimal d = v.decimalValue();
      // an exponent far out of range is left as written, for the amount check to reject
      values.put(column, Math.abs(d.scale()) > 64 ? v.asText() : d.toPlainString());
    } else {
      throw new Problem(Problem.Kind.INVALID_FIELD, where + field + " must be a string or a number", field);
    }
  }

  /**
   * The page's form: the same names, {@code skills} as checked tags plus {@code skills_other}
   * (comma-separated), and each competing field repeated once per competing offer, in order.
   */
  static OfferInput ofForm(Map<String, List<String>> form) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : OFFER_KEYS) {
      List<String> v = form.get(key);
      if (v != null && !v.isEmpty() && !key.equals("skills") && !key.equals("competing")) {
        values.put(key, v.get(0));
      }
    }
    List<String> tags = new ArrayList<>(form.getOrDefault("skills", List.of()));
    for (String other : form.getOrDefault("skills_other", List.of())) {
      for (String t : other.split("[,;|]")) {
        if (!t.isBlank()) {
          tags.add(t.strip());
        }
      }
    }
    values.put("skills", String.join(";", tags));
    values.putIfAbsent("offer_id", DEFAULT_ID);
    int n = 0;
    for (String key : COMPETING_KEYS) {
      n = Math.max(n, form.getOrDefault("competing_" + key, List.of()).size());
    }
    List<Map<String, String>> competing = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, String> c = new HashMap<>();
      for (String key : COMPETING_KEYS) {
        List<String> v = form.getOrDefault("competing_" + key, List.of());
        if (i < v.size() && !v.get(i).isBlank()) {
          c.put(key, v.get(i));
        }
      }
      if (!c.isEmpty()) {
        competing.add(c);
      }
    }
    return new OfferInput(values, competing);
  }

  /** Where a competing offer's errors say it came from: "(competing offer at the body's competing[0])". */
  static final String WHERE = "the body's";

  /** Checks the values as a CSV row is checked and builds the offer, or says why not. */
  OfferRow toRow(OfferCsvReader reader, int line) {
    return reader.fromValues(line, values, competing, WHERE);
  }
}
