package dev.offereval.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.offereval.engine.Explain;
import dev.offereval.engine.OfferEvaluator;
import dev.offereval.io.EvaluationJson;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.io.RoundRevision;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Message;
import dev.offereval.model.Status;
import dev.offereval.store.Negotiation;
import dev.offereval.store.NegotiationClosedException;
import dev.offereval.store.NegotiationNotFoundException;
import dev.offereval.store.NegotiationJson;
import dev.offereval.store.NegotiationSummary;
import dev.offereval.store.Negotiations;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * The negotiation routes of {@code offer-eval serve}: start one, add the recruiter's revised offer as
 * a round, list, show and delete, on the database the server was started with. A round is revised
 * by {@link RoundRevision}, as {@code negotiation round} revises one, and each answer is the JSON the
 * matching command prints.
 */
final class NegotiationRoutes {
  /** The routes, as METHOD PATH, for {@link OfferServer#API_ROUTES}. */
  static final List<String> ROUTES = List.of("POST /api/negotiations", "GET /api/negotiations",
      "GET /api/negotiations/{id}", "DELETE /api/negotiations/{id}", "POST /api/negotiations/{id}/rounds");

  /** The list's records as JSON: snake_case names, times as ISO-8601 text. */
  private static final ObjectMapper LIST_JSON = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /** An id as a path names it: digits, at most 18 of them. */
  private static final Pattern ID = Pattern.compile("\\d{1,18}");

  /** The body of {@code GET /api/negotiations}. */
  record Listing(List<NegotiationSummary> negotiations) {}

  private final OfferEvaluator evaluator;
  private final EvaluationQueue evaluations;
  /** The database, or null when the server was started without one. */
  private final Negotiations negotiations;
  /** A round reads the last one and adds the next: two at once must not both build on the same. */
  private final ReentrantLock rounds = new ReentrantLock();

  NegotiationRoutes(OfferEvaluator evaluator, EvaluationQueue evaluations, Negotiations negotiations) {
    this.evaluator = evaluator;
    this.evaluations = evaluations;
    this.negotiations = negotiations;
  }

  void register(Javalin app) {
    app.post("/api/negotiations", this::start);
    app.get("/api/negotiations", this::list);
    app.get("/api/negotiations/{id}", ctx -> json(ctx, 200, NegotiationJson.write(get(id(ctx)))));
    app.delete("/api/negotiations/{id}", this::delete);
    app.post("/api/negotiations/{id}/rounds", this::round);
  }

  /** {@code POST /api/negotiations}: the offer as {@code POST /api/evaluations} takes it, and an optional note. */
  private void start(Context ctx) throws IOException {
    Negotiations db = database();
    OfferServer.requireType(ctx, "application/json");
    ObjectNode body = OfferInput.parseObject(text(ctx), "", "the offer's fields");
    String note = note(body.remove("note"));
    OfferRow row = OfferInput.of(body, "").toRow(new OfferCsvReader(evaluator.data()), 0);
    if (!row.valid()) {
      throw OfferServer.invalid(row.errors());
    }
    Evaluation e = evaluate(ctx, row);
    Negotiation n = db.start(row.offer(), e, note);
    created(ctx, n, e);
  }

  /** {@code POST /api/negotiations/{id}/rounds}: the revised fields only; the rest from the last round. */
  private void round(Context ctx) throws IOException {
    Negotiations db = database();
    long id = id(ctx);
    OfferServer.requireType(ctx, "application/json");
    ObjectNode body = OfferInput.parseObject(text(ctx), "", "the revised fields");
    String note = note(body.remove("note"));
    RoundRevision revision = revision(body);
    rounds.lock();
    try {
      Negotiation n = get(id);
      if (!n.isOpen()) {
        throw closed(new NegotiationClosedException(id, n.closedReason()));
      }
      OfferRow row = revision.apply(n.lastRound().offer(), new OfferCsvReader(evaluator.data()),
          OfferCsvReader.Naming.COLUMNS);
      if (!row.valid()) {
        throw invalidRevision(row.errors());
      }
      Evaluation e = checked(evaluator.evaluateRound(row.offer(), n.lastRound().asPrevious(), OfferServer.asOf(ctx),
          explain(ctx), evaluator.plausibility()));
      Negotiation after;
      try {
        after = db.addRound(id, row.offer(), e, note);
      } catch (NegotiationNotFoundException gone) {
        throw notFound(id);
      } catch (NegotiationClosedException c) {
        throw closed(c);
      }
      created(ctx, after, e);
    } finally {
      rounds.unlock();
    }
  }

  private void list(Context ctx) {
    try {
      json(ctx, 200, LIST_JSON.writeValueAsString(new Listing(database().list())) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void delete(Context ctx) {
    long id = id(ctx);
    try {
      database().delete(id);
    } catch (NegotiationNotFoundException e) {
      throw notFound(id);
    }
    ctx.status(204);
  }

  private Negotiation get(long id) {
    try {
      return database().get(id);
    } catch (NegotiationNotFoundException e) {
      throw notFound(id);
    }
  }

  /** The round's evaluation, as {@code POST /api/evaluations} evaluates; an offer it finds INVALID is not recorded. */
  private Evaluation evaluate(Context ctx, OfferRow row) {
    return checked(evaluations.evaluate(row.offer(), OfferServer.asOf(ctx), explain(ctx), evaluator.plausibility()));
  }

  private static Explain explain(Context ctx) {
    return OfferServer.flag(ctx, "explain") ? Explain.RULE_TRACE : Explain.NONE;
  }

  /**
   * {@code e}, unless it is INVALID, which is not recorded. A later round is evaluated here, not
   * through the queue: the rules for later rounds compare it with the round before, and rounds are
   * recorded one at a time.
   */
  private static Evaluation checked(Evaluation e) {
    if (e.status() == Status.INVALID) {
      throw OfferServer.invalid(e.messages().stream().map(Message::toString).toList());
    }
    return e;
  }

  /** 201, where the negotiation is, and the round's evaluation with its negotiation id and number. */
  private static void created(Context ctx, Negotiation n, Evaluation e) {
    ctx.header("Location", "/api/negotiations/" + n.id());
    json(ctx, 201, EvaluationJson.roundText(n.id(), n.lastRound().number(), e));
  }

  private Negotiations database() {
    if (negotiations == null) {
      throw new Problem(Problem.Kind.NOT_FOUND, "this server keeps no negotiations: it was started without a database",
          null);
    }
    return negotiations;
  }

  /** The revised fields of a round's body: each a string or a number taken as written, or null for unchanged. */
  private static RoundRevision revision(ObjectNode body) {
    Map<String, String> v = new HashMap<>();
    for (Map.Entry<String, JsonNode> f : body.properties()) {
      if (!RoundRevision.FIELDS.contains(f.getKey())) {
        throw new Problem(Problem.Kind.UNKNOWN_FIELD, "unknown field '" + f.getKey() + "'; a round takes "
            + String.join(", ", RoundRevision.FIELDS) + " and note, each only when revised", f.getKey());
      }
      OfferInput.put(v, f.getKey(), f.getKey(), f.getValue(), "");
    }
    return new RoundRevision(v.get("base"), v.get("stock_grant"), v.get("bonus_pct"), v.get("bonus"), v.get("sign_on"),
        v.get("vest_schedule"));
  }

  /** A revision that cannot be applied, as a 422 naming the field its first reason starts with. */
  private static Problem invalidRevision(List<String> errors) {
    String field = null;
    for (String f : RoundRevision.FIELDS) {
      if (errors.get(0).startsWith(f + " ") && (field == null || f.length() > field.length())) {
        field = f;
      }
    }
    return new Problem(Problem.Kind.INVALID_OFFER, String.join("; ", errors), field, errors);
  }

  private static String note(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new Problem(Problem.Kind.INVALID_FIELD, "note must be a string", "note");
    }
    return v.asText().isBlank() ? null : v.asText();
  }

  private static long id(Context ctx) {
    String id = ctx.pathParam("id");
    if (!ID.matcher(id).matches()) {
      throw new Problem(Problem.Kind.BAD_PARAMETER, "'" + abbreviate(id) + "' is not a negotiation id: write its number,"
          + " such as 3", "id");
    }
    return Long.parseLong(id);
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  private static Problem notFound(long id) {
    return new Problem(Problem.Kind.NOT_FOUND, "no negotiation " + id, "id");
  }

  private static Problem closed(NegotiationClosedException e) {
    return new Problem(Problem.Kind.NEGOTIATION_CLOSED, e.getMessage(), "id");
  }

  private static String text(Context ctx) throws IOException {
    return new String(OfferServer.body(ctx, OfferServer.MAX_JSON_BYTES), StandardCharsets.UTF_8);
  }

  private static void json(Context ctx, int status, String body) {
    ctx.status(status).contentType("application/json").result(body);
  }
}
