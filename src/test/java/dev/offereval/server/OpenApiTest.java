package dev.offereval.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offereval.io.EvaluationJson;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /api/openapi.json describes exactly the handlers: routes, request fields, problem types, limits, answers. */
class OpenApiTest {
  static OfferServer server;
  static JsonNode doc;

  @BeforeAll
  static void start() throws Exception {
    server = Http.start(Http.evaluator(), null);
    HttpResponse<String> r = Http.get(server, "/api/openapi.json");
    assertEquals(200, r.statusCode());
    doc = EvaluationJson.reader().readTree(r.body());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void isOpenApi31AndListsExactlyTheRoutesTheServerHandles() {
    assertEquals("3.1.0", doc.get("openapi").asText());
    List<String> documented = new ArrayList<>();
    for (Iterator<String> p = doc.get("paths").fieldNames(); p.hasNext(); ) {
      String path = p.next();
      doc.get("paths").get(path).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path));
    }
    assertEquals(new TreeSet<>(OfferServer.API_ROUTES), new TreeSet<>(documented));
  }

  @Test
  void theOfferSchemaHasTheFieldsTheParserTakes() {
    JsonNode schemas = doc.get("components").get("schemas");
    assertEquals(OfferInput.OFFER_KEYS, names(schemas.get("Offer").get("properties")));
    assertEquals(OfferInput.COMPETING_KEYS, names(schemas.get("CompetingOffer").get("properties")));
    assertTrue(!schemas.get("Offer").get("additionalProperties").asBoolean(), "unknown fields are refused");
  }

  @Test
  void theNegotiationBodiesHaveTheFieldsTheRoutesTake() {
    JsonNode schemas = doc.get("components").get("schemas");
    Set<String> start = new TreeSet<>(OfferInput.OFFER_KEYS);
    start.add("note");
    assertEquals(start, names(schemas.get("NegotiationStart").get("properties")));
    Set<String> round = new TreeSet<>(dev.offereval.io.RoundRevision.FIELDS);
    round.add("note");
    assertEquals(round, names(schemas.get("RoundRevision").get("properties")));
  }

  @Test
  void theNegotiationRoutesAnswerWithADocumentedStatusAndContentType(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    try (OfferServer kept = Http.start(Http.evaluator(), null, dev.offereval.store.Negotiations.open(dir.resolve("n.db")))) {
      check("POST", "/api/negotiations", Http.post(kept, "/api/negotiations", "application/json", Http.SEED_JSON));
      check("POST", "/api/negotiations", Http.post(kept, "/api/negotiations", "application/json", "{\"x\": 1}"));
      check("POST", "/api/negotiations", Http.post(kept, "/api/negotiations", "application/json", "{\"base\": \"1k\"}"));
      check("POST", "/api/negotiations", Http.post(kept, "/api/negotiations", "text/csv", "x"));
      check("GET", "/api/negotiations", Http.get(kept, "/api/negotiations"));
      check("GET", "/api/negotiations/{id}", Http.get(kept, "/api/negotiations/1"));
      check("GET", "/api/negotiations/{id}", Http.get(kept, "/api/negotiations/7"));
      check("GET", "/api/negotiations/{id}", Http.get(kept, "/api/negotiations/x"));
      String rounds = "/api/negotiations/{id}/rounds";
      check("POST", rounds, Http.post(kept, "/api/negotiations/1/rounds", "application/json", "{\"base\": 185000}"));
      check("POST", rounds, Http.post(kept, "/api/negotiations/1/rounds", "application/json", "{\"base\": \"1k\"}"));
      check("POST", rounds, Http.post(kept, "/api/negotiations/1/rounds", "application/json", "{\"x\": 1}"));
      check("POST", rounds, Http.post(kept, "/api/negotiations/7/rounds", "application/json", "{}"));
      check("DELETE", "/api/negotiations/{id}", Http.send(java.net.http.HttpRequest.newBuilder(
          Http.uri(kept, "/api/negotiations/1")).DELETE()));
      check("DELETE", "/api/negotiations/{id}", Http.send(java.net.http.HttpRequest.newBuilder(
          Http.uri(kept, "/api/negotiations/1")).DELETE()));
    }
    check("GET", "/api/negotiations", Http.get(server, "/api/negotiations"));
  }

  @Test
  void theCatalogSchemaRequiresExactlyTheFieldsTheServerAnswersWith() throws Exception {
    JsonNode schema = doc.get("components").get("schemas").get("Catalog");
    JsonNode served = EvaluationJson.reader().readTree(Http.get(server, "/api/catalog").body());
    Set<String> required = new TreeSet<>();
    schema.get("required").forEach(f -> required.add(f.asText()));
    assertEquals(names(served), required);
    assertEquals(names(schema.get("properties")), required);
    for (String list : List.of("bands", "level_classes", "regions", "companies")) {
      JsonNode item = schema.get("properties").get(list).get("items").get("properties");
      Set<String> documented = names(item);
      Set<String> answered = names(served.get(list).get(0));
      assertEquals(documented, answered, list);
    }
  }

  @Test
  void theProblemTypesAreThoseTheServerAnswersWith() {
    Set<String> documented = new TreeSet<>();
    doc.get("components").get("schemas").get("Problem").get("properties").get("type").get("enum")
        .forEach(t -> documented.add(t.asText()));
    Set<String> kinds = new TreeSet<>();
    Arrays.stream(Problem.Kind.values()).forEach(k -> kinds.add(k.type()));
    assertEquals(kinds, documented);
  }

  @Test
  void theLimitsAreTheServersConstants() {
    String d = doc.get("info").get("description").asText();
    assertTrue(d.contains(String.format("%,d bytes", OfferServer.MAX_JSON_BYTES)), d);
    assertTrue(d.contains(String.format("%,d bytes", OfferServer.MAX_BATCH_BYTES)), d);
    assertTrue(d.contains(String.format("%,d rows", OfferServer.MAX_BATCH_ROWS)), d);
  }

  @Test
  void eachRouteAnswersWithADocumentedStatusAndContentType() throws Exception {
    check("GET", "/api/bands", Http.get(server, "/api/bands"));
    check("GET", "/api/levers", Http.get(server, "/api/levers"));
    check("GET", "/api/levels", Http.get(server, "/api/levels"));
    check("GET", "/api/catalog", Http.get(server, "/api/catalog"));
    check("GET", "/api/catalog", Http.get(server, "/api/catalog?as_of=soon"));
    check("GET", "/api/health", Http.get(server, "/api/health"));
    check("GET", "/api/openapi.json", Http.get(server, "/api/openapi.json"));
    check("POST", "/api/evaluations", Http.post(server, "/api/evaluations", "application/json", Http.SEED_JSON));
    check("POST", "/api/evaluations", Http.post(server, "/api/evaluations", "application/json", "{\"x\": 1}"));
    check("POST", "/api/evaluations", Http.post(server, "/api/evaluations", "application/json", "{\"base\": \"1k\"}"));
    check("POST", "/api/evaluations", Http.post(server, "/api/evaluations", "text/csv", "x"));
    check("POST", "/api/evaluations/batch", Http.post(server, "/api/evaluations/batch", "text/csv",
        "offer_id,company,role,level,region,base\n1,Twilio,Data Engineer,L2,denver,150000\n"));
    check("POST", "/api/evaluations/batch", Http.post(server, "/api/evaluations/batch", "application/x-ndjson",
        Http.SEED_JSON + "\n"));
    check("POST", "/api/evaluations/batch", Http.post(server, "/api/evaluations/batch", "text/csv", "\"x\n"));
    check("POST", "/api/evaluations/batch", Http.post(server, "/api/evaluations/batch", "text/csv", "offer_id\n",
        "Accept", "image/png"));
  }

  private static void check(String method, String path, HttpResponse<String> r) {
    JsonNode responses = doc.get("paths").get(path).get(method.toLowerCase()).get("responses");
    String status = Integer.toString(r.statusCode());
    assertTrue(responses.has(status), method + " " + path + " answered " + status + ", which is not documented");
    if (r.statusCode() == 204) {
      assertTrue(r.body().isEmpty() && !responses.get(status).has("content"), method + " " + path + " 204 has a body");
      return;
    }
    String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0];
    assertTrue(responses.get(status).get("content").has(type),
        method + " " + path + " " + status + " answered " + type + ", not a documented content type");
  }

  private static Set<String> names(JsonNode object) {
    Set<String> out = new TreeSet<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
