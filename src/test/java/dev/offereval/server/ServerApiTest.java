package dev.offereval.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offereval.io.EvaluationJson;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTTP API on a real server (ephemeral loopback port) through the JDK's HttpClient. */
class ServerApiTest {
  static OfferServer server;
  static final Path SAMPLE = Path.of("data/offers/sample-offers.csv");

  @BeforeAll
  static void start() throws Exception {
    server = Http.start(Http.evaluator(), null);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void seedExampleOverHttpMatchesTheCliJsonByteForByte() throws Exception {
    String cli = Http.cli(withFormatJson());
    HttpResponse<String> r = Http.post(server, "/api/evaluations?as_of=" + Http.AS_OF, "application/json", Http.SEED_JSON);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
    assertEquals(cli, r.body());
    JsonNode counter = EvaluationJson.reader().readTree(r.body()).get("counter");
    assertEquals(0, counter.get("base").decimalValue().compareTo(new java.math.BigDecimal("195000")));
    assertEquals(0, counter.get("stock_grant").decimalValue().compareTo(new java.math.BigDecimal("230000")));
  }

  private static String[] withFormatJson() {
    List<String> a = new ArrayList<>(List.of(Http.SEED_ARGS));
    a.addAll(List.of("--format", "json"));
    return a.toArray(String[]::new);
  }

  @Test
  void explainAddsTheFiredRulesAsTheCliDoes() throws Exception {
    List<String> a = new ArrayList<>(List.of(withFormatJson()));
    a.add("--explain");
    HttpResponse<String> r = Http.post(server, "/api/evaluations?explain=true&as_of=" + Http.AS_OF, "application/json",
        Http.SEED_JSON);
    assertEquals(Http.cli(a.toArray(String[]::new)), r.body());
    assertTrue(EvaluationJson.reader().readTree(r.body()).get("explanation").size() > 10);
  }

  @Test
  void csvBatchAnswersOneRowPerInputRowInOrderAsEvaluateWrites() throws Exception {
    String csv = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    HttpResponse<String> r = Http.post(server, "/api/evaluations/batch?as_of=" + Http.AS_OF, "text/csv", csv);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(Http.cli("evaluate", SAMPLE.toString(), "--as-of", Http.AS_OF, "-q"), r.body());
    List<String> ids = r.body().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    List<String> inputIds = csv.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.substring(0, l.indexOf(','))).toList();
    assertEquals(20, ids.size());
    assertEquals(inputIds, ids);
    assertEquals("20", r.headers().firstValue("Offer-Eval-Rows").orElse(""));
    assertEquals("OK 15, NO_BAND 3, INVALID 2, ERROR 0", r.headers().firstValue("Offer-Eval-Summary").orElse(""));
    assertEquals("1", r.headers().firstValue("Offer-Eval-Exit-Code").orElse(""), "two rows are INVALID, as evaluate exits 1");
  }

  @Test
  void jsonLinesBatchKeepsInputOrderAndMarksRepeatedIds() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      body.append(Http.SEED_JSON.replace("seed-example", "o" + i)).append('\n');
    }
    body.append(Http.SEED_JSON.replace("seed-example", "o7")).append("\n\n");
    HttpResponse<String> r = Http.post(server, "/api/evaluations/batch?as_of=" + Http.AS_OF, "application/x-ndjson",
        body.toString());
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
    List<JsonNode> rows = new ArrayList<>();
    for (String line : r.body().lines().toList()) {
      rows.add(EvaluationJson.reader().readTree(line));
    }
    assertEquals(601, rows.size());
    for (int i = 0; i < 600; i++) {
      assertEquals("o" + i, rows.get(i).get("offer_id").asText());
      assertEquals(i + 1, rows.get(i).get("line").asInt());
      assertEquals("OK", rows.get(i).get("status").asText());
    }
    assertEquals("INVALID", rows.get(600).get("status").asText());
    assertTrue(rows.get(600).get("messages").get(0).asText().contains("duplicate of line 8"));
  }

  @Test
  void batchContentNegotiationGivesCsvFromJsonLines() throws Exception {
    HttpResponse<String> r = Http.post(server, "/api/evaluations/batch", "application/x-ndjson", Http.SEED_JSON + "\n",
        "Accept", "text/csv");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().startsWith("offer_id,line,status,"));
    assertEquals(2, r.body().lines().count());
  }

  @Test
  void theHtmlBatchReportsInlineStyleAndScriptAreAdmittedByTheirHashesOnly() throws Exception {
    HttpResponse<String> r = Http.post(server, "/api/evaluations/batch", "text/csv",
        Files.readString(SAMPLE, StandardCharsets.UTF_8), "Accept", "text/html");
    assertEquals(200, r.statusCode());
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertFalse(csp.contains("unsafe-inline"), csp);
    org.jsoup.nodes.Document report = org.jsoup.Jsoup.parse(r.body());
    List<String> inline = new ArrayList<>();
    report.select("style").forEach(e -> inline.add(e.data()));
    report.select("script:not([type=application/json])").forEach(e -> inline.add(e.data()));
    assertEquals(2, inline.size());
    for (String code : inline) {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
      String hash = "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";
      assertTrue(csp.contains(hash), hash + " not in " + csp);
    }
  }

  /** method, path, content type, body, status, problem type, field. */
  static Stream<Arguments> malformed() {
    String big = "{\"offer_id\": \"" + "x".repeat(OfferServer.MAX_JSON_BYTES) + "\"}";
    String seedNoBase = Http.SEED_JSON.replace("\"base\": 170000, ", "");
    return Stream.of(
        Arguments.of("POST", "/api/evaluations", "application/json", "{\"company\": ", 400, "bad-json", null),
        Arguments.of("POST", "/api/evaluations", "application/json", "{\"a\": 1, \"a\": 2}", 400, "bad-json", null),
        Arguments.of("POST", "/api/evaluations", "application/json", "[1, 2]", 400, "invalid-field", null),
        Arguments.of("POST", "/api/evaluations", "application/json", "{\"salary\": 1}", 400, "unknown-field", "salary"),
        Arguments.of("POST", "/api/evaluations", "application/json",
            Http.SEED_JSON.replace("\"level\": \"IC2\"", "\"levle\": \"IC2\""), 400, "unknown-field", "competing[0].levle"),
        Arguments.of("POST", "/api/evaluations", "application/json",
            Http.SEED_JSON.replace("[\"cdp\", \"kafka\", \"flink\", \"feature-store\"]", "\"cdp\""), 400,
            "invalid-field", "skills"),
        Arguments.of("POST", "/api/evaluations", "application/json",
            Http.SEED_JSON.replace("\"base\": 170000", "\"base\": {\"amount\": 1}"), 400, "invalid-field", "base"),
        Arguments.of("POST", "/api/evaluations", "application/json",
            Http.SEED_JSON.replace("\"base\": 170000", "\"base\": \"145k\""), 422, "invalid-offer", "base"),
        Arguments.of("POST", "/api/evaluations", "application/json", seedNoBase, 422, "invalid-offer", "base"),
        Arguments.of("POST", "/api/evaluations", "application/json",
            Http.SEED_JSON.replace("\"base\": 195000", "\"base\": 1e400"), 422, "invalid-offer", "competing[0].base"),
        Arguments.of("POST", "/api/evaluations", "application/json", big, 413, "body-too-large", null),
        Arguments.of("POST", "/api/evaluations", "text/plain", Http.SEED_JSON, 415, "unsupported-media-type", "Content-Type"),
        Arguments.of("POST", "/api/evaluations?as_of=yesterday", "application/json", Http.SEED_JSON, 400,
            "bad-parameter", "as_of"),
        Arguments.of("POST", "/api/evaluations/batch", "application/json", Http.SEED_JSON, 415,
            "unsupported-media-type", "Content-Type"),
        Arguments.of("POST", "/api/evaluations/batch", "text/csv", "offer_id,company\n1,\"Twilio\n", 400,
            "unreadable-batch", null),
        Arguments.of("POST", "/api/evaluations/batch", "text/csv", "offer_id,company,role\n", 400, "unreadable-batch", null),
        Arguments.of("POST", "/api/evaluations/batch", "application/x-ndjson", Http.SEED_JSON + "\n{oops\n", 400,
            "bad-json", null),
        Arguments.of("POST", "/api/evaluations/batch", "application/x-ndjson", "{\"colour\": \"red\"}\n", 400,
            "unknown-field", "colour"),
        Arguments.of("POST", "/batch", "multipart/form-data", "no boundary", 400, "invalid-field", null),
        Arguments.of("POST", "/batch", "text/csv", "offer_id\n", 415, "unsupported-media-type", "Content-Type"),
        Arguments.of("GET", "/api/nothing-here", null, null, 404, "not-found", null),
        Arguments.of("DELETE", "/api/bands", null, null, 405, "method-not-allowed", null));
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {4} {5}")
  @MethodSource("malformed")
  void eachMalformedRequestGetsItsStatusAndProblemType(String method, String path, String type, String body,
      int status, String problem, String field) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(Http.uri(server, path)).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    HttpResponse<String> r = Http.send(b);
    assertEquals(status, r.statusCode(), r.body());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
    JsonNode p = EvaluationJson.reader().readTree(r.body());
    assertEquals("urn:offer-eval:problem:" + problem, p.get("type").asText());
    assertEquals(status, p.get("status").asInt());
    assertFalse(p.get("detail").asText().isBlank());
    assertEquals(field, p.has("field") ? p.get("field").asText() : null);
    assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), "no stack trace: " + r.body());
  }

  @Test
  void batchOverTheRowLimitIs413() throws Exception {
    StringBuilder csv = new StringBuilder("offer_id,company,role,level,region,base\n");
    for (int i = 0; i <= OfferServer.MAX_BATCH_ROWS; i++) {
      csv.append(i).append(",a,b,c,d,1\n");
    }
    HttpResponse<String> r = Http.post(server, "/api/evaluations/batch", "text/csv", csv.toString());
    assertEquals(413, r.statusCode());
    assertEquals("urn:offer-eval:problem:too-many-rows", EvaluationJson.reader().readTree(r.body()).get("type").asText());
  }

  @Test
  void batchAskingForAFormatItDoesNotWriteIs406() throws Exception {
    HttpResponse<String> r = Http.post(server, "/api/evaluations/batch", "text/csv", "offer_id,company,role,level,region,base\n",
        "Accept", "application/pdf");
    assertEquals(406, r.statusCode());
    assertEquals("Accept", EvaluationJson.reader().readTree(r.body()).get("field").asText());
  }

  @Test
  void everyAnswerHasSecurityHeadersAndNoCors() throws Exception {
    for (HttpResponse<String> r : List.of(Http.get(server, "/"), Http.get(server, "/api/health"),
        Http.post(server, "/api/evaluations", "application/json", "{"))) {
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), csp);
      assertFalse(csp.contains("unsafe-inline"), csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }
    String page = Http.get(server, "/").body();
    assertFalse(page.contains("<style"), "no inline styles");
    assertFalse(page.matches("(?s).*<script(?![^>]*\\ssrc=)[^>]*>.*"), "no inline scripts");
    assertFalse(page.contains(" style="), "no style attributes");
  }

  @Test
  void withoutScriptThePlainFormAnswersWithThePageAndItsResult() throws Exception {
    String form = "company=Twilio&role=Data+Engineer&level=L2&region=san-francisco&base=170000&stock_grant=160000"
        + "&bonus_pct=10&skills=cdp&skills=kafka&skills=flink&skills=feature-store&skills_other="
        + "&competing_company=Snowflake&competing_level=IC2&competing_base=195000&competing_stock_grant=230000"
        + "&competing_company=&competing_level=&competing_base=&competing_stock_grant=";
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
        Http.post(server, "/", "application/x-www-form-urlencoded", form).body());
    String counter = page.select("#result h3:containsOwn(Counter-offer) + table").text();
    assertTrue(counter.contains("$195,000") && counter.contains("$230,000"), counter);
    assertEquals("170000", page.getElementById("base").val());
    assertTrue(page.getElementById("skill-flink").hasAttr("checked"));
    assertEquals(1, page.select("#competing-list fieldset").size(), "the empty competing offer is dropped");

    org.jsoup.nodes.Document added = org.jsoup.Jsoup.parse(Http.post(server, "/", "application/x-www-form-urlencoded",
        form + "&action=add-competing").body());
    assertEquals(2, added.select("#competing-list fieldset").size());
    org.jsoup.nodes.Document removed = org.jsoup.Jsoup.parse(Http.post(server, "/", "application/x-www-form-urlencoded",
        form + "&remove=0").body());
    assertEquals(0, removed.select("#competing-list fieldset").size());
    assertFalse(removed.select("#result").text().contains("Snowflake"));

    String fragment = Http.post(server, "/result", "application/x-www-form-urlencoded", form).body();
    assertTrue(fragment.startsWith("<section class=\"report\""), fragment);
    assertTrue(org.jsoup.Jsoup.parse(fragment).select("h3:containsOwn(Counter-offer) + table").text().contains("$195,000"));
  }

  @Test
  void theCatalogOverLoopbackIsTheCliCatalogWithTheFingerprint() throws Exception {
    HttpResponse<String> r = Http.get(server, "/api/catalog?as_of=" + Http.AS_OF);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
    ObjectNode served = (ObjectNode) EvaluationJson.reader().readTree(r.body());
    assertEquals(server.evaluator().fingerprint(), served.remove("fingerprint").asText());
    JsonNode cli = EvaluationJson.reader().readTree(Http.cli("catalog", "--data", "data", "--format", "json", "--as-of",
        Http.AS_OF));
    assertEquals(cli, served, "the same catalog as offer-eval catalog --format json");
    assertEquals("[{\"company\":\"Twilio\",\"level\":\"L2\"},{\"company\":\"Google\",\"level\":\"L3\"},"
        + "{\"company\":\"Meta\",\"level\":\"E3\"},{\"company\":\"Snowflake\",\"level\":\"IC2\"},"
        + "{\"company\":\"Databricks\",\"level\":\"IC2\"}]", served.get("level_classes").get(0).get("levels").toString());
    assertEquals("levels.yaml:8", served.get("level_classes").get(0).get("from").get(0).get("at").asText());
    JsonNode sf = served.get("bands").get(0);
    assertEquals("2026-02-01", sf.get("as_of").asText());
    assertEquals("2027-02-01", sf.get("stale_after").asText());
    assertFalse(sf.get("stale").asBoolean());
    assertEquals("bands/twilio-data-engineer.yaml:18", sf.get("from").asText());

    // near miss: a day after the last current day, every band is stale
    JsonNode later = EvaluationJson.reader().readTree(Http.get(server, "/api/catalog?as_of=2027-02-02").body());
    assertTrue(later.get("bands").get(0).get("stale").asBoolean());
    HttpResponse<String> bad = Http.get(server, "/api/catalog?as_of=2027-02-30");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("as_of '2027-02-30' is not a date YYYY-MM-DD"), bad.body());
  }

  @Test
  void dataEndpointsListWhatDataHoldsWithSourcesAndDates() throws Exception {
    JsonNode bands = EvaluationJson.reader().readTree(Http.get(server, "/api/bands").body()).get("bands");
    assertEquals(3, bands.size());
    assertEquals("2026-02-01", bands.get(0).get("as_of").asText());
    assertTrue(bands.get(0).get("sources").size() > 0);
    assertEquals("San Francisco, CA (HQ)", bands.get(0).get("region_name").asText());
    JsonNode levers = EvaluationJson.reader().readTree(Http.get(server, "/api/levers").body()).get("levers");
    assertTrue(levers.size() >= 5);
    assertFalse(levers.get(0).get("source_text").asText().isBlank());
    JsonNode levels = EvaluationJson.reader().readTree(Http.get(server, "/api/levels").body()).get("groups");
    assertTrue(levels.toString().contains("\"company\":\"Snowflake\",\"level\":\"IC2\""), levels.toString());
    JsonNode health = EvaluationJson.reader().readTree(Http.get(server, "/api/health").body());
    assertEquals("UP", health.get("status").asText());
    assertEquals(server.evaluator().fingerprint(), health.get("fingerprint").asText());
  }

  @Test
  void withATokenAMissingOrWrongTokenGets401() throws Exception {
    try (OfferServer guarded = Http.start(server.evaluator(), "s3cret-token")) {
      HttpResponse<String> none = Http.post(guarded, "/api/evaluations", "application/json", Http.SEED_JSON,
          "Accept", "application/json");
      assertEquals(401, none.statusCode());
      assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
      assertEquals("urn:offer-eval:problem:unauthorized", EvaluationJson.reader().readTree(none.body()).get("type").asText());
      assertEquals(401, Http.post(guarded, "/api/evaluations", "application/json", Http.SEED_JSON,
          "Authorization", "Bearer s3cret-tokeN").statusCode());
      assertEquals(401, Http.get(guarded, "/api/health").statusCode());
      assertEquals(401, Http.get(guarded, "/").statusCode());
      // on the same connection as the wrong-case token before it: Jetty's header cache must not reuse that
      HttpResponse<String> ok = Http.post(guarded, "/api/evaluations", "application/json", Http.SEED_JSON,
          "Authorization", "Bearer s3cret-token");
      assertEquals(200, ok.statusCode(), ok.body());
      assertEquals(401, Http.post(guarded, "/api/evaluations", "application/json", Http.SEED_JSON,
          "Authorization", "Bearer S3CRET-TOKEN").statusCode(), "a case variant after the right token");
    }
  }

  @Test
  void corsOnlyForTheConfiguredOrigin() throws Exception {
    try (OfferServer cors = OfferServer.start(server.evaluator(),
        new OfferServer.Settings("127.0.0.1", 0, null, "https://hr.example"))) {
      HttpResponse<String> r = Http.get(cors, "/api/bands");
      assertEquals("https://hr.example", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
      HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(Http.uri(cors, "/api/evaluations"))
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://hr.example")
          .header("Access-Control-Request-Method", "POST"));
      assertEquals(204, preflight.statusCode());
      assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
      assertTrue(Http.get(cors, "/").headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "the page is not shared");
    }
  }

  @Test
  void aReloadShowsInHealth() throws Exception {
    server.reloaded("rules/broken.drl:3:1: error: nope");
    try {
      JsonNode last = EvaluationJson.reader().readTree(Http.get(server, "/api/health").body()).get("last_reload");
      assertFalse(last.get("ok").asBoolean());
      assertEquals("rules/broken.drl:3:1: error: nope", last.get("error").asText());
    } finally {
      server.reloaded(null);
    }
    JsonNode last = EvaluationJson.reader().readTree(Http.get(server, "/api/health").body()).get("last_reload");
    assertTrue(last.get("ok").asBoolean());
    assertNull(last.get("error").textValue());
  }
}
