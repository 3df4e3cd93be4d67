package dev.offereval.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offereval.io.EvaluationJson;
import java.util.List;

/**
 * An RFC 9457 problem detail, thrown by a handler and written as {@code application/problem+json}.
 * {@code type} is one of the documented kinds ({@link Kind}); {@code field} names the field or
 * header at fault when there is one; {@code errors} lists every reason when there are several.
 */
public final class Problem extends RuntimeException {
  /** Every kind of problem the API answers with, its status and title; the README and openapi.json list them. */
  public enum Kind {
    BAD_JSON(400, "The body is not valid JSON"),
    INVALID_FIELD(400, "A field has the wrong type or shape"),
    UNKNOWN_FIELD(400, "The body has a field the API does not know"),
    UNREADABLE_BATCH(400, "The batch cannot be read as a whole"),
    BAD_PARAMETER(400, "A query parameter is not valid"),
    UNAUTHORIZED(401, "A valid bearer token is required"),
    NOT_FOUND(404, "No such resource"),
    METHOD_NOT_ALLOWED(405, "The resource does not take this method"),
    NEGOTIATION_CLOSED(409, "The negotiation is closed and takes no more rounds"),
    NOT_ACCEPTABLE(406, "No representation matches the Accept header"),
    BODY_TOO_LARGE(413, "The body is larger than the limit"),
    TOO_MANY_ROWS(413, "The batch has more rows than the limit"),
    UNSUPPORTED_MEDIA_TYPE(415, "The Content-Type is not one the endpoint reads"),
    INVALID_OFFER(422, "The offer cannot be evaluated as given"),
    INTERNAL(500, "Internal error");

    final int status;
    final String title;

    Kind(int status, String title) {
      this.status = status;
      this.title = title;
    }

    /** The problem type URI, such as {@code urn:offer-eval:problem:bad-json}. */
    public String type() {
      return "urn:offer-eval:problem:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public int status() {
      return status;
    }
  }

  private final Kind kind;
  private final String field;
  private final List<String> errors;

  public Problem(Kind kind, String detail, String field) {
    this(kind, detail, field, List.of());
  }

  public Problem(Kind kind, String detail, String field, List<String> errors) {
    super(detail, null, false, false);
    this.kind = kind;
    this.field = field;
    this.errors = List.copyOf(errors);
  }

  public Kind kind() {
    return kind;
  }

  public String field() {
    return field;
  }

  /** The problem as JSON, with {@code instance} the request path. */
  ObjectNode json(String instance) {
    ObjectNode n = EvaluationJson.object();
    n.put("type", kind.type());
    n.put("title", kind.title);
    n.put("status", kind.status);
    n.put("detail", getMessage());
    n.put("instance", instance);
    if (field != null) {
      n.put("field", field);
    }
    if (!errors.isEmpty()) {
      errors.forEach(n.putArray("errors")::add);
    }
    return n;
  }
}
