package dev.offereval.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offereval.io.EvaluationJson;
import dev.offereval.store.Negotiations;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The negotiation routes on a real server (ephemeral loopback port) with a temporary SQLite file:
 * what they record is what the negotiation commands record and print.
 */
class ServerNegotiationsApiTest {
  static final String JSON = "application/json";
  static dev.offereval.engine.OfferEvaluator evaluator;

  @TempDir Path dir;
  OfferServer server;

  @BeforeAll
  static void rules() throws Exception {
    evaluator = Http.evaluator();
  }

  @BeforeEach
  void start() {
    server = Http.start(evaluator, null, Negotiations.open(dir.resolve("n.db")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void startTwoRoundsListGetDeleteThenGetIsNotFound() throws Exception {
    HttpResponse<String> started = post("/api/negotiations?as_of=" + Http.AS_OF,
        Http.SEED_JSON.replace("{\"offer_id\"", "{\"note\": \"first call\", \"offer_id\""));
    assertEquals(201, started.statusCode(), started.body());
    assertEquals("/api/negotiations/1", started.headers().firstValue("Location").orElse(""));
    JsonNode one = read(started.body());
    assertEquals(1, one.get("negotiation_id").asInt());
    assertEquals(1, one.get("round").asInt());
    // round 1 answers with the evaluation POST /api/evaluations gives the same offer, after its id and number
    String alone = Http.post(server, "/api/evaluations?as_of=" + Http.AS_OF, JSON, Http.SEED_JSON).body();
    JsonNode evaluation = read(alone);
    ((com.fasterxml.jackson.databind.node.ObjectNode) one).remove(java.util.List.of("negotiation_id", "round"));
    assertEquals(evaluation, one);

    HttpResponse<String> second = post("/api/negotiations/1/rounds?as_of=" + Http.AS_OF,
        "{\"base\": 185000, \"note\": \"the recruiter moved the base\"}");
    assertEquals(201, second.statusCode(), second.body());
    JsonNode two = read(second.body());
    assertEquals(2, two.get("round").asInt());
    // advised against round 1 (rules/rounds.drl): the base moved, the stock did not, so the rest of
    // round 1's ask is traded; as a $114,000 sign-on it would be 61.63% of the base, over the
    // policy's 25%, so stock covers it: $160,000 + $114,000
    assertEquals("TRADE", two.get("decision").asText());
    assertEquals("round-trade", two.get("script_id").asText());
    assertEquals(0, new BigDecimal("185000").compareTo(two.get("counter").get("base").decimalValue()));
    assertEquals(0, new BigDecimal("274000").compareTo(two.get("counter").get("stock_grant").decimalValue()));
    assertEquals(0, BigDecimal.ZERO.compareTo(two.get("counter").get("sign_on").decimalValue()));

    HttpResponse<String> third = post("/api/negotiations/1/rounds?as_of=" + Http.AS_OF,
        "{\"stock_grant\": \"200,000\", \"bonus\": \"18500\"}");
    assertEquals(201, third.statusCode(), third.body());
    assertEquals(3, read(third.body()).get("round").asInt());

    JsonNode list = read(Http.get(server, "/api/negotiations").body());
    assertEquals(1, list.get("negotiations").size());
    JsonNode line = list.get("negotiations").get(0);
    assertEquals(1, line.get("id").asInt());
    assertEquals("Twilio", line.get("company").asText());
    assertEquals("Data Engineer", line.get("role").asText());
    assertEquals(3, line.get("rounds").asInt());
    // round 3 raised the stock round 2 asked for (38% of the gap) and left nothing asked unmoved,
    // short of the share to accept: countered afresh from the revised offer, as round 1 is
    assertEquals("counter", line.get("last_decision").asText());
    assertTrue(line.get("open").asBoolean());
    assertTrue(line.get("updated_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), line.toString());

    HttpResponse<String> got = Http.get(server, "/api/negotiations/1");
    assertEquals(200, got.statusCode());
    assertEquals(JSON, got.headers().firstValue("Content-Type").orElse(""));
    JsonNode timeline = read(got.body());
    assertEquals(3, timeline.get("rounds").size());
    assertEquals("first call", timeline.get("rounds").get(0).get("note").asText());
    JsonNode r2 = timeline.get("rounds").get(1);
    assertEquals("the recruiter moved the base", r2.get("note").asText());
    JsonNode base = r2.get("moved").get(0);
    assertEquals("base", base.get("component").asText());
    assertEquals(0, new BigDecimal("170000").compareTo(base.get("before").decimalValue()));
    assertEquals(0, new BigDecimal("185000").compareTo(base.get("after").decimalValue()));
    assertEquals(0, new BigDecimal("60").compareTo(base.get("gap_closed_pct").decimalValue()));
    // the rest kept from the round before: stock, skills, the competing offer
    JsonNode offer2 = r2.get("offer");
    assertEquals(0, new BigDecimal("160000").compareTo(offer2.get("stock_grant").decimalValue()));
    assertEquals(4, offer2.get("skills").size());
    assertEquals("Snowflake", offer2.get("competing").get(0).get("company").asText());
    // bonus as an amount: 18,500 on a 185,000 base is 10%
    JsonNode offer3 = timeline.get("rounds").get(2).get("offer");
    assertEquals(0, BigDecimal.TEN.compareTo(offer3.get("bonus_pct").decimalValue()));
    assertEquals(0, new BigDecimal("200000").compareTo(offer3.get("stock_grant").decimalValue()));
    assertEquals(0, new BigDecimal("185000").compareTo(offer3.get("base").decimalValue()));
    // the same text as negotiation show --format json on the same file
    try (Negotiations n = Negotiations.open(dir.resolve("n.db"))) {
      assertEquals(dev.offereval.store.NegotiationJson.write(n.get(1)), got.body());
    }

    HttpResponse<String> deleted = Http.send(HttpRequest.newBuilder(Http.uri(server, "/api/negotiations/1")).DELETE());
    assertEquals(204, deleted.statusCode(), deleted.body());
    HttpResponse<String> gone = Http.get(server, "/api/negotiations/1");
    assertEquals(404, gone.statusCode());
    assertEquals("application/problem+json", gone.headers().firstValue("Content-Type").orElse(""));
    JsonNode problem = read(gone.body());
    assertEquals("no negotiation 1", problem.get("detail").asText());
    assertEquals("id", problem.get("field").asText());
    assertEquals(0, read(Http.get(server, "/api/negotiations").body()).get("negotiations").size());
    HttpResponse<String> again = Http.send(HttpRequest.newBuilder(Http.uri(server, "/api/negotiations/1")).DELETE());
    assertEquals(404, again.statusCode());
    assertEquals(404, post("/api/negotiations/1/rounds", "{\"base\": 190000}").statusCode());
  }

  @Test
  void aBadFieldIsRefusedNamingItAndNothingIsRecorded() throws Exception {
    assertEquals(201, post("/api/negotiations", Http.SEED_JSON).statusCode());

    JsonNode unknown = problem(post("/api/negotiations/1/rounds", "{\"base_salary\": 185000}"), 400);
    assertEquals("base_salary", unknown.get("field").asText());
    assertTrue(unknown.get("detail").asText().startsWith("unknown field 'base_salary'; a round takes base, "),
        unknown.toString());

    JsonNode typed = problem(post("/api/negotiations/1/rounds", "{\"base\": [185000]}"), 400);
    assertEquals("base", typed.get("field").asText());
    assertEquals("base must be a string or a number", typed.get("detail").asText());

    JsonNode note = problem(post("/api/negotiations/1/rounds", "{\"note\": 3}"), 400);
    assertEquals("note", note.get("field").asText());

    JsonNode notJson = problem(post("/api/negotiations/1/rounds", "{\"base\": 185000"), 400);
    assertTrue(notJson.get("type").asText().endsWith("bad-json"), notJson.toString());

    // a value that is not an amount: the field and the reason, as /api/evaluations answers one
    JsonNode amount = problem(post("/api/negotiations/1/rounds", "{\"base\": \"185k\"}"), 422);
    assertEquals("base", amount.get("field").asText());
    assertTrue(amount.get("detail").asText().startsWith("base '185k' is not an amount"), amount.toString());

    JsonNode both = problem(post("/api/negotiations/1/rounds", "{\"bonus\": 20000, \"bonus_pct\": 12}"), 422);
    assertEquals("bonus", both.get("field").asText());
    assertEquals("bonus and bonus_pct both give the bonus: give one", both.get("detail").asText());

    JsonNode startBad = problem(post("/api/negotiations", Http.SEED_JSON.replace("170000", "\"170k\"")), 422);
    assertEquals("base", startBad.get("field").asText());
    JsonNode startUnknown = problem(post("/api/negotiations", "{\"salary\": 1}"), 400);
    assertEquals("salary", startUnknown.get("field").asText());

    JsonNode text = problem(Http.post(server, "/api/negotiations/1/rounds", "text/plain", "base=1"), 415);
    assertEquals("Content-Type", text.get("field").asText());

    JsonNode timeline = read(Http.get(server, "/api/negotiations/1").body());
    assertEquals(1, timeline.get("rounds").size(), "nothing was recorded");
    assertEquals(1, read(Http.get(server, "/api/negotiations").body()).get("negotiations").size());
  }

  @Test
  void nearMissesOfTheIdAndTheRoutes() throws Exception {
    assertEquals(201, post("/api/negotiations", Http.SEED_JSON).statusCode());
    assertEquals(200, Http.get(server, "/api/negotiations/1").statusCode());
    assertEquals(200, Http.get(server, "/api/negotiations/01").statusCode(), "leading zeros are the same number");
    assertEquals("no negotiation 2", problem(Http.get(server, "/api/negotiations/2"), 404).get("detail").asText());
    assertEquals("no negotiation 0", problem(Http.get(server, "/api/negotiations/0"), 404).get("detail").asText());
    for (String id : new String[] {"abc", "-1", "1.0", "1e3", "9999999999999999999"}) {
      JsonNode p = problem(Http.get(server, "/api/negotiations/" + id), 400);
      assertEquals("id", p.get("field").asText(), id);
      assertTrue(p.get("detail").asText().contains("is not a negotiation id"), p.toString());
    }
    assertEquals(405, Http.send(HttpRequest.newBuilder(Http.uri(server, "/api/negotiations/1/rounds")).GET()).statusCode());
    assertEquals(405, Http.send(HttpRequest.newBuilder(Http.uri(server, "/api/negotiations"))
        .DELETE()).statusCode());
    // nothing moved is a round too: the recruiter held
    HttpResponse<String> held = post("/api/negotiations/1/rounds", "{}");
    assertEquals(201, held.statusCode(), held.body());
    for (JsonNode m : read(Http.get(server, "/api/negotiations/1").body()).get("rounds").get(1).get("moved")) {
      assertEquals(0, m.get("change").decimalValue().signum(), m.toString());
    }
    // a closed negotiation takes no more rounds
    try (Negotiations other = Negotiations.open(dir.resolve("n.db"))) {
      other.closeNegotiation(1, "accepted");
    }
    JsonNode closed = problem(post("/api/negotiations/1/rounds", "{\"base\": 200000}"), 409);
    assertEquals("negotiation 1 is closed (accepted); it takes no more rounds", closed.get("detail").asText());
  }

  @Test
  void withATokenEveryNegotiationRouteNeedsIt() throws Exception {
    server.close();
    server = Http.start(evaluator, "s3cret-Token", Negotiations.open(dir.resolve("n.db")));
    String auth = "Bearer s3cret-Token";
    assertEquals(401, post("/api/negotiations", Http.SEED_JSON).statusCode());
    assertEquals(401, Http.get(server, "/api/negotiations").statusCode());
    assertEquals(401, Http.get(server, "/api/negotiations/1").statusCode());
    assertEquals(401, Http.send(HttpRequest.newBuilder(Http.uri(server, "/api/negotiations/1")).DELETE()).statusCode());
    assertEquals(401, post("/api/negotiations/1/rounds", "{}").statusCode());
    assertEquals(401, Http.post(server, "/api/negotiations", JSON, Http.SEED_JSON, "Authorization",
        "Bearer s3cret-token").statusCode(), "the token is case-sensitive");
    assertEquals(201, Http.post(server, "/api/negotiations", JSON, Http.SEED_JSON, "Authorization", auth).statusCode());
    assertEquals(201, Http.post(server, "/api/negotiations/1/rounds", JSON, "{\"base\": 180000}", "Authorization", auth)
        .statusCode());
    HttpResponse<String> got = Http.send(HttpRequest.newBuilder(Http.uri(server, "/api/negotiations/1")).GET()
        .header("Authorization", auth));
    assertEquals(2, read(got.body()).get("rounds").size());
    assertEquals(401, Http.get(server, "/negotiations").statusCode(), "the page needs it too");
  }

  @Test
  void withoutADatabaseTheRoutesSaySo() throws Exception {
    try (OfferServer plain = Http.start(evaluator, null)) {
      JsonNode p = problem(Http.get(plain, "/api/negotiations"), 404);
      assertEquals("this server keeps no negotiations: it was started without a database", p.get("detail").asText());
      assertNull(p.get("field"));
    }
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return Http.post(server, path, JSON, body);
  }

  private static JsonNode problem(HttpResponse<String> r, int status) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""), r.body());
    assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
    return read(r.body());
  }

  private static JsonNode read(String body) throws Exception {
    return EvaluationJson.reader().readTree(body);
  }
}
