package dev.offereval.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offereval.engine.Explain;
import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.Plausibility;
import dev.offereval.io.EvaluationJson;
import dev.offereval.io.HtmlReport;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.model.Evaluation;
import dev.offereval.store.Negotiations;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code offer-eval serve}: the page and the HTTP API on one Javalin (Jetty) server, sharing one
 * {@link OfferEvaluator} (its rules compiled once; {@link OfferEvaluator#reload} swaps them whole),
 * and the negotiations of one database ({@link NegotiationRoutes}, the page {@link NegotiationPage}).
 *
 * <p>Every response carries a Content-Security-Policy without {@code unsafe-inline} and {@code
 * X-Content-Type-Options: nosniff}; there is no CORS unless an origin is configured. Errors are RFC
 * 9457 problem details ({@link Problem}), never a stack trace.
 */
public final class OfferServer implements AutoCloseable {
  /** Largest body of a single-offer request, in bytes. */
  public static final int MAX_JSON_BYTES = 64 * 1024;

  /** Largest batch body (a CSV or JSON lines, or the page's upload), in bytes. */
  public static final long MAX_BATCH_BYTES = 16L * 1024 * 1024;

  /** Most rows in one batch request. */
  public static final int MAX_BATCH_ROWS = 100_000;

  /** The policy for pages and API answers: scripts, styles and everything else from this server only. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** The API's routes as METHOD PATH; openapi.json describes exactly these (OpenApiTest). */
  public static final List<String> API_ROUTES = Stream.concat(Stream.of(
      "POST /api/evaluations", "POST /api/evaluations/batch", "GET /api/bands", "GET /api/levers",
      "GET /api/levels", "GET /api/catalog", "GET /api/health", "GET /api/openapi.json"),
      NegotiationRoutes.ROUTES.stream()).toList();

  /** How to run the server. {@code token} null means no authentication (loopback only). */
  public record Settings(String host, int port, String token, String corsOrigin) {
    public Settings {
      Objects.requireNonNull(host, "host");
    }
  }

  private static final String PROBLEM_WRITTEN = "offer-eval.problem";

  private final OfferEvaluator evaluator;
  /** Single-offer evaluations: one worker a core, those that wait evaluated together. */
  private final EvaluationQueue evaluations;
  private final Settings settings;
  /** The negotiations database, closed with the server; null when it was started without one. */
  private final Negotiations negotiations;
  private final Javalin app;
  private final Instant started = Instant.now();
  private volatile Reload lastReload;

  /** The outcome of the last reload of the rules and data (serve --watch). */
  record Reload(Instant at, boolean ok, String fingerprint, String error) {}

  private OfferServer(OfferEvaluator evaluator, Settings settings, Negotiations negotiations) {
    this.evaluator = evaluator;
    this.settings = settings;
    this.negotiations = negotiations;
    this.evaluations = new EvaluationQueue(evaluator, Runtime.getRuntime().availableProcessors());
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.http.prefer405over404 = true;
      config.http.maxRequestSize = MAX_BATCH_BYTES;
      config.http.disableCompression();
      config.jetty.multipartConfig.maxFileSize(MAX_BATCH_BYTES, SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(MAX_BATCH_BYTES + 64 * 1024, SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      config.jetty.modifyServer(server -> server.setStopTimeout(2_000));
      // Jetty reuses a header value seen earlier on the same connection when the new one matches it
      // ignoring case: "Bearer abC" after "Bearer abc" was read as "Bearer abc". Tokens are case-sensitive.
      config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
    });
    app.before(this::guard);
    app.get("/", ctx -> html(ctx, Page.render(evaluator, null, 0, null)));
    app.post("/", this::formPost);
    app.post("/result", this::formResult);
    app.post("/batch", ctx -> BatchEndpoint.upload(this, ctx));
    app.get("/negotiations", ctx -> html(ctx, NegotiationPage.render(evaluator)));
    for (String asset : List.of("report.css", "report.js", "page.css", "page.js", "negotiations.css",
        "negotiations.js")) {
      byte[] bytes = Assets.bytes(asset);
      String type = asset.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
      app.get("/assets/" + asset, ctx -> ctx.contentType(type).header("Cache-Control", "no-cache").result(bytes));
    }
    app.post("/api/evaluations", this::evaluateOne);
    app.post("/api/evaluations/batch", ctx -> BatchEndpoint.api(this, ctx));
    app.get("/api/bands", ctx -> json(ctx, DataViews.bands(evaluator)));
    app.get("/api/levers", ctx -> json(ctx, DataViews.levers(evaluator)));
    app.get("/api/levels", ctx -> json(ctx, DataViews.levels(evaluator)));
    app.get("/api/catalog", ctx -> json(ctx, DataViews.catalog(evaluator, asOf(ctx))));
    app.get("/api/health", ctx -> json(ctx, health()));
    new NegotiationRoutes(evaluator, evaluations, negotiations).register(app);
    byte[] openapi = Assets.bytes("openapi.json");
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
    if (settings.corsOrigin() != null) {
      app.options("/api/*", ctx -> ctx.status(204));
    }
    app.exception(Problem.class, (e, ctx) -> problem(ctx, e));
    app.exception(Exception.class, (e, ctx) -> {
      System.err.println("offer-eval serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
      problem(ctx, new Problem(Problem.Kind.INTERNAL, "an internal error; the server log has a line about it", null));
    });
    app.error(404, ctx -> {
      if (ctx.attribute(PROBLEM_WRITTEN) == null) {
        problem(ctx, new Problem(Problem.Kind.NOT_FOUND, "no resource at " + ctx.path(), null));
      }
    });
    app.error(405, ctx -> {
      if (ctx.attribute(PROBLEM_WRITTEN) == null) {
        problem(ctx, new Problem(Problem.Kind.METHOD_NOT_ALLOWED, ctx.method() + " is not allowed on " + ctx.path(), null));
      }
    });
  }

  /**
   * Starts a server without a negotiations database: its negotiation routes answer 404. {@code port}
   * 0 takes a free one (see {@link #port()}).
   */
  public static OfferServer start(OfferEvaluator evaluator, Settings settings) {
    return start(evaluator, settings, null);
  }

  /**
   * Starts a server that keeps negotiations in {@code negotiations}, which it closes when it stops
   * (and when it cannot start).
   */
  public static OfferServer start(OfferEvaluator evaluator, Settings settings, Negotiations negotiations) {
    OfferServer s;
    try {
      s = new OfferServer(evaluator, settings, negotiations);
    } catch (RuntimeException e) {
      if (negotiations != null) {
        negotiations.close();
      }
      throw e;
    }
    try {
      s.app.start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    return s;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  public OfferEvaluator evaluator() {
    return evaluator;
  }

  /** Records a reload of the rules and data, for {@code /api/health}. */
  public void reloaded(String error) {
    lastReload = new Reload(Instant.now(), error == null, evaluator.fingerprint(), error);
  }

  @Override
  public void close() {
    try {
      app.stop();
      evaluations.close();
    } finally {
      if (negotiations != null) {
        negotiations.close();
      }
    }
  }

  /** Security headers on every response, CORS when configured, and the token when there is one. */
  private void guard(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-store");
    if (settings.corsOrigin() != null && ctx.path().startsWith("/api/")) {
      ctx.header("Access-Control-Allow-Origin", settings.corsOrigin());
      ctx.header("Vary", "Origin");
      ctx.header("Access-Control-Allow-Methods", "GET, POST, DELETE");
      ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept");
      if (ctx.method().name().equals("OPTIONS")) {
        return;
      }
    }
    if (settings.token() != null) {
      String auth = ctx.header("Authorization");
      String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : null;
      if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
          settings.token().getBytes(StandardCharsets.UTF_8))) {
        ctx.header("WWW-Authenticate", "Bearer");
        throw new Problem(Problem.Kind.UNAUTHORIZED, given == null
            ? "this server needs Authorization: Bearer <token> on every request" : "the bearer token is not valid",
            "Authorization");
      }
    }
  }

  private void problem(Context ctx, Problem p) {
    ctx.attribute(PROBLEM_WRITTEN, true);
    ctx.status(p.kind().status());
    ctx.contentType("application/problem+json");
    ctx.result(write(p.json(ctx.path())));
  }

  static String write(ObjectNode node) {
    try {
      return EvaluationJson.writer().writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void json(Context ctx, ObjectNode node) {
    ctx.contentType("application/json").result(write(node));
  }

  private static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  private ObjectNode health() {
    ObjectNode n = EvaluationJson.object();
    n.put("status", "UP");
    n.put("rules", evaluator.rulesSource());
    n.put("data", evaluator.dataSource());
    n.put("fingerprint", evaluator.fingerprint());
    n.put("started_at", started.toString());
    Reload r = lastReload;
    if (r == null) {
      n.putNull("last_reload");
    } else {
      ObjectNode o = n.putObject("last_reload");
      o.put("at", r.at().toString());
      o.put("ok", r.ok());
      o.put("fingerprint", r.fingerprint());
      o.put("error", r.error());
    }
    return n;
  }

  /** {@code POST /api/evaluations}: one offer in the CSV's field names; the evaluation as the CLI's JSON. */
  private void evaluateOne(Context ctx) throws IOException {
    requireType(ctx, "application/json");
    OfferInput input = OfferInput.parseJson(new String(body(ctx, MAX_JSON_BYTES), StandardCharsets.UTF_8), "");
    OfferRow row = input.toRow(new OfferCsvReader(evaluator.data()), 0);
    if (!row.valid()) {
      throw invalid(row.errors());
    }
    Explain explain = flag(ctx, "explain") ? Explain.RULE_TRACE : Explain.NONE;
    Evaluation e = evaluations.evaluate(row.offer(), asOf(ctx), explain, evaluator.plausibility());
    ctx.contentType("application/json").result(EvaluationJson.text(e));
  }

  /** The reasons a row is invalid, as a 422 naming the first field they mention. */
  static Problem invalid(List<String> errors) {
    String field = null;
    String first = errors.get(0);
    for (String c : OfferCsvReader.COLUMNS) {
      if (first.startsWith(c + " ") && (field == null || c.length() > field.length())) {
        field = c;
      }
    }
    int at = first.indexOf("(competing offer at " + OfferInput.WHERE + " competing[");
    if (field != null && field.startsWith("competing_") && at >= 0) {
      int from = first.indexOf("competing[", at);
      field = first.substring(from, first.indexOf(']', from) + 1) + "." + field.substring("competing_".length());
    }
    return new Problem(Problem.Kind.INVALID_OFFER, String.join("; ", errors), field, errors);
  }

  /** {@code POST /}: the plain form; answers with the whole page, the result filled in. */
  private void formPost(Context ctx) {
    Map<String, List<String>> form = new HashMap<>(ctx.formParamMap());
    int more = 0;
    if ("add-competing".equals(ctx.formParam("action"))) {
      more = 1;
    }
    String remove = ctx.formParam("remove");
    if (remove != null) {
      removeCompeting(form, remove);
    }
    OfferInput input = OfferInput.ofForm(form);
    html(ctx, Page.render(evaluator, input, more, result(input)));
  }

  /** {@code POST /result}: the form's fields; answers with the result fragment the page's script puts in place. */
  private void formResult(Context ctx) {
    html(ctx, result(OfferInput.ofForm(ctx.formParamMap())));
  }

  private String result(OfferInput input) {
    OfferRow row = input.toRow(new OfferCsvReader(evaluator.data()), 0);
    LocalDate today = LocalDate.now();
    Evaluation e = row.valid()
        ? evaluations.evaluate(row.offer(), today, Explain.NONE, Plausibility.WARN)
        : Evaluation.invalid(row.offerId(), row.errors(), evaluator.fingerprint(), today);
    return HtmlReport.fragment(e, "r");
  }

  private static void removeCompeting(Map<String, List<String>> form, String index) {
    int i;
    try {
      i = Integer.parseInt(index);
    } catch (NumberFormatException e) {
      return;
    }
    for (String key : OfferInput.COMPETING_KEYS) {
      List<String> v = form.get("competing_" + key);
      if (v != null && i >= 0 && i < v.size()) {
        List<String> copy = new ArrayList<>(v);
        copy.remove(i);
        form.put("competing_" + key, copy);
      }
    }
  }

  /** The request's Content-Type must be {@code type} (parameters such as charset aside), else 415. */
  static void requireType(Context ctx, String... types) {
    String given = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip();
    for (String t : types) {
      if (t.equalsIgnoreCase(given)) {
        return;
      }
    }
    throw new Problem(Problem.Kind.UNSUPPORTED_MEDIA_TYPE, "Content-Type " + (given.isEmpty() ? "(none)" : given)
        + " is not read here; send " + String.join(" or ", types), "Content-Type");
  }

  /** The whole body, at most {@code limit} bytes, else 413. */
  static byte[] body(Context ctx, long limit) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(limit);
    }
    try (InputStream in = ctx.bodyInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      long total = 0;
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        total += n;
        if (total > limit) {
          throw tooLarge(limit);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }

  static Problem tooLarge(long limit) {
    return new Problem(Problem.Kind.BODY_TOO_LARGE, "the body is over the limit of " + String.format("%,d", limit)
        + " bytes", null);
  }

  /** {@code ?as_of=YYYY-MM-DD}, else today. */
  static LocalDate asOf(Context ctx) {
    String v = ctx.queryParam("as_of");
    if (v == null) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new Problem(Problem.Kind.BAD_PARAMETER, "as_of '" + v + "' is not a date YYYY-MM-DD", "as_of");
    }
  }

  /** A {@code true}/{@code false} query parameter, false when absent. */
  static boolean flag(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.equals("false")) {
      return false;
    }
    if (v.equals("true") || v.isEmpty()) {
      return true;
    }
    throw new Problem(Problem.Kind.BAD_PARAMETER, name + " must be true or false, was '" + v + "'", name);
  }

  /** The server's resources: the report's styles and script (shared with the HTML report), the page's, the API description. */
  static final class Assets {
    private Assets() {}

    static byte[] bytes(String name) {
      Class<?> owner = name.startsWith("report.") ? HtmlReport.class : OfferServer.class;
      try (InputStream in = owner.getResourceAsStream(name)) {
        return Objects.requireNonNull(in, name).readAllBytes();
      } catch (IOException | NullPointerException e) {
        throw new IllegalStateException("server resource " + name + " is missing", e);
      }
    }
  }
}
