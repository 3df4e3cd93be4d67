package dev.offereval.server;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.Source;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** A real server on an ephemeral loopback port, the JDK's HttpClient, and the CLI run in process. */
final class Http {
  static final String AS_OF = "2026-11-23";

  /** The seed example (README "One offer") as the API takes it. */
  static final String SEED_JSON = "{\"offer_id\": \"seed-example\", \"company\": \"Twilio\", \"role\": \"Data Engineer\","
      + " \"level\": \"L2\", \"region\": \"san-francisco\", \"base\": 170000, \"stock_grant\": \"160000\","
      + " \"bonus_pct\": 10, \"skills\": [\"cdp\", \"kafka\", \"flink\", \"feature-store\"],"
      + " \"competing\": [{\"company\": \"Snowflake\", \"level\": \"IC2\", \"base\": 195000, \"stock_grant\": \"$230,000\"}]}";

  /** The same offer as `offer` options. */
  static final String[] SEED_ARGS = {"offer", "--id", "seed-example", "--company", "Twilio", "--role", "Data Engineer",
    "--level", "L2", "--region", "san-francisco", "--base", "170000", "--stock", "160000", "--bonus-pct", "10",
    "--skills", "cdp,kafka,flink,feature-store", "--competing-company", "Snowflake", "--competing-level", "IC2",
    "--competing-base", "195000", "--competing-stock", "230000", "--as-of", AS_OF};

  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

  private Http() {}

  static OfferEvaluator evaluator() throws Exception {
    return OfferEvaluator.builder().rules(Source.directory(Path.of("rules"), "rules"))
        .data(Source.directory(Path.of("data"), "data")).build();
  }

  static OfferServer start(OfferEvaluator evaluator, String token) {
    return OfferServer.start(evaluator, new OfferServer.Settings("127.0.0.1", 0, token, null));
  }

  static OfferServer start(OfferEvaluator evaluator, String token, dev.offereval.store.Negotiations negotiations) {
    return OfferServer.start(evaluator, new OfferServer.Settings("127.0.0.1", 0, token, null), negotiations);
  }

  static URI uri(OfferServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return send(CLIENT, request);
  }

  static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
    return client.send(request.timeout(Duration.ofSeconds(120)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> get(OfferServer server, String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(server, path)).GET());
  }

  static HttpResponse<String> post(OfferServer server, String path, String contentType, String body,
      String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(server, path))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b);
  }

  /** Runs offer-eval in process; returns standard output. */
  static String cli(String... args) {
    return dev.offereval.cli.Cli.run(args).out();
  }
}
