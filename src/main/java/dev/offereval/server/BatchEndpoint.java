package dev.offereval.server;

import dev.offereval.cli.Batch;
import dev.offereval.cli.Formats;
import dev.offereval.engine.OfferEvaluator;
import dev.offereval.io.CsvFileException;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.model.Status;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Batches over HTTP: {@code POST /api/evaluations/batch} (a CSV or JSON lines body) and the page's
 * upload ({@code POST /batch}). Rows go through the same streamed pipeline as {@code offer-eval
 * evaluate} ({@link Batch#stream}): one output row per input row, in input order, in bounded memory.
 *
 * <p>The exit codes become HTTP: a body that cannot be read as a whole (exit 2) is a 400 problem
 * naming the line, with nothing evaluated; otherwise 200, with every row written, and the summary
 * in headers: {@code Offer-Eval-Rows}, {@code Offer-Eval-Summary} (counts by status) and {@code
 * Offer-Eval-Exit-Code} (0, or 1 when a row is INVALID or ERROR). As in the CLI, output is held
 * back (in a temporary file) until the whole body has been read, so a broken last line never leaves
 * a partial answer.
 */
final class BatchEndpoint {
  static final String CSV = "text/csv";
  static final String JSON_LINES = "application/x-ndjson";
  static final List<String> JSON_LINES_ALIASES = List.of(JSON_LINES, "application/jsonl", "application/json-lines");
  static final String HTML = "text/html";

  private BatchEndpoint() {}

  /** {@code POST /api/evaluations/batch}. */
  static void api(OfferServer server, Context ctx) throws Exception {
    List<String> accepted = new java.util.ArrayList<>(List.of(CSV));
    accepted.addAll(JSON_LINES_ALIASES);
    OfferServer.requireType(ctx, accepted.toArray(String[]::new));
    boolean jsonIn = !ctx.contentType().split(";")[0].strip().equalsIgnoreCase(CSV);
    Formats.Format out = negotiate(ctx.header("Accept"), jsonIn ? Formats.Format.jsonl : Formats.Format.csv);
    long declared = ctx.req().getContentLengthLong();
    if (declared > OfferServer.MAX_BATCH_BYTES) {
      throw OfferServer.tooLarge(OfferServer.MAX_BATCH_BYTES);
    }
    Path in = Files.createTempFile("offer-eval-batch", jsonIn ? ".jsonl" : ".csv");
    try {
      try (InputStream body = ctx.bodyInputStream()) {
        copy(body, in, OfferServer.MAX_BATCH_BYTES);
      }
      run(server.evaluator(), ctx, in, jsonIn, out, "body", OfferServer.asOf(ctx), OfferServer.flag(ctx, "explain"));
    } finally {
      Files.deleteIfExists(in);
    }
  }

  /** {@code POST /batch}: the page's multipart upload, {@code file} and {@code format} (csv or html). */
  static void upload(OfferServer server, Context ctx) throws Exception {
    OfferServer.requireType(ctx, "multipart/form-data");
    if (ctx.req().getContentLengthLong() > OfferServer.MAX_BATCH_BYTES + 64 * 1024) {
      throw OfferServer.tooLarge(OfferServer.MAX_BATCH_BYTES);
    }
    UploadedFile file;
    String format;
    try {
      file = ctx.uploadedFile("file");
      format = ctx.formParam("format");
    } catch (IllegalStateException e) {
      // Jetty's multipart limits: "Request exceeds maxRequestSize", "... exceeds max filesize"
      throw OfferServer.tooLarge(OfferServer.MAX_BATCH_BYTES);
    } catch (Exception e) { // an IOException from the multipart parser, which Javalin does not declare
      throw new Problem(Problem.Kind.INVALID_FIELD, "the upload is not a valid multipart form: " + e.getMessage(),
          null);
    }
    if (file == null) {
      throw new Problem(Problem.Kind.INVALID_FIELD, "the upload needs a CSV file in the field 'file'", "file");
    }
    Formats.Format out = format == null || format.equals("csv") ? Formats.Format.csv
        : format.equals("html") ? Formats.Format.html : null;
    if (out == null) {
      throw new Problem(Problem.Kind.INVALID_FIELD, "format must be csv or html, was '" + format + "'", "format");
    }
    Path in = Files.createTempFile("offer-eval-upload", ".csv");
    try {
      try (InputStream body = file.content()) {
        copy(body, in, OfferServer.MAX_BATCH_BYTES);
      }
      String name = file.filename() == null || file.filename().isBlank() ? "offers.csv" : file.filename();
      if (out == Formats.Format.csv) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("(?i)\\.csv$", "");
        ctx.header("Content-Disposition", "attachment; filename=\"" + safe + "-evaluated.csv\"");
      }
      run(server.evaluator(), ctx, in, false, out, name, LocalDate.now(), false);
    } finally {
      Files.deleteIfExists(in);
    }
  }

  /** The output format from an Accept header: the first listed that we write, else {@code fallback} for none or a wildcard. */
  static Formats.Format negotiate(String accept, Formats.Format fallback) {
    if (accept == null || accept.isBlank()) {
      return fallback;
    }
    for (String part : accept.split(",")) {
      String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
      if (type.equals(CSV)) {
        return Formats.Format.csv;
      }
      if (JSON_LINES_ALIASES.contains(type)) {
        return Formats.Format.jsonl;
      }
      if (type.equals(HTML)) {
        return Formats.Format.html;
      }
      if (type.equals("*/*") || type.equals("text/*") || type.equals("application/*")) {
        return fallback;
      }
    }
    throw new Problem(Problem.Kind.NOT_ACCEPTABLE, "Accept " + accept + " names nothing this endpoint writes; ask for "
        + CSV + ", " + JSON_LINES + " or " + HTML, "Accept");
  }

  private static void copy(InputStream body, Path to, long limit) throws IOException {
    try (OutputStream out = Files.newOutputStream(to)) {
      byte[] buf = new byte[1 << 16];
      long total = 0;
      for (int n = body.read(buf); n >= 0; n = body.read(buf)) {
        total += n;
        if (total > limit) {
          throw OfferServer.tooLarge(limit);
        }
        out.write(buf, 0, n);
      }
    }
  }

  private static void run(OfferEvaluator evaluator, Context ctx, Path in, boolean jsonIn, Formats.Format format,
      String name, LocalDate on, boolean explain) throws Exception {
    OfferCsvReader reader = new OfferCsvReader(evaluator.data());
    int rows = jsonIn ? checkJsonLines(in) : checkCsv(reader, in, name);
    if (rows > OfferServer.MAX_BATCH_ROWS) {
      throw new Problem(Problem.Kind.TOO_MANY_ROWS, "the batch has " + String.format("%,d", rows)
          + " rows; the limit is " + String.format("%,d", OfferServer.MAX_BATCH_ROWS) + " a request", null);
    }
    Path outFile = Files.createTempFile("offer-eval-out", ".tmp");
    try {
      Batch.Settings settings = new Batch.Settings(format, Runtime.getRuntime().availableProcessors(), on, explain, false, null, null);
      Batch.Summary summary;
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8), 1 << 16)) {
        if (jsonIn) {
          try (BufferedReader lines = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            OfferCsvReader.ValueRows values = reader.valueRows();
            int[] line = {0};
            summary = Batch.stream(evaluator, () -> {
              for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                line[0]++;
                if (!text.isBlank()) {
                  OfferInput input = OfferInput.parseJson(text, "line " + line[0] + ": ");
                  return values.add(line[0], input.values(), input.competing(), "line " + line[0])::get;
                }
              }
              return null;
            }, List.of(), w, settings, () -> { });
          }
        } else {
          try (OfferCsvReader.Rows csv = reader.open(in, name, Map.of())) {
            summary = Batch.stream(evaluator, () -> {
              OfferCsvReader.Record r = csv.next();
              return r == null ? null : r::toRow;
            }, csv.extraColumns(), w, settings, () -> { });
          }
        }
      }
      ctx.status(200);
      ctx.contentType(switch (format) {
        case csv -> CSV + "; charset=utf-8";
        case jsonl -> JSON_LINES + "; charset=utf-8";
        default -> HTML + "; charset=utf-8";
      });
      if (format == Formats.Format.html) {
        ctx.header("Content-Security-Policy", reportPolicy());
      }
      ctx.header("Offer-Eval-Rows", Long.toString(summary.rows()));
      ctx.header("Offer-Eval-Summary", java.util.Arrays.stream(Status.values())
          .map(s -> s + " " + summary.count(s)).collect(Collectors.joining(", ")));
      ctx.header("Offer-Eval-Exit-Code", summary.failed() ? "1" : "0");
      ctx.header("Access-Control-Expose-Headers", "Offer-Eval-Rows, Offer-Eval-Summary, Offer-Eval-Exit-Code");
      ctx.res().setContentLengthLong(Files.size(outFile));
      try (OutputStream o = ctx.outputStream()) {
        Files.copy(outFile, o);
      }
    } finally {
      Files.deleteIfExists(outFile);
    }
  }

  /** Reads the CSV once to find a problem with the file as a whole and count its rows. */
  private static int checkCsv(OfferCsvReader reader, Path in, String name) {
    int rows = 0;
    try (OfferCsvReader.Rows csv = reader.open(in, name, Map.of())) {
      while (csv.next() != null) {
        if (++rows > OfferServer.MAX_BATCH_ROWS) {
          break;
        }
      }
    } catch (CsvFileException e) {
      throw new Problem(Problem.Kind.UNREADABLE_BATCH, e.getMessage(), null);
    }
    return rows;
  }

  /** Reads the JSON lines once: every line must be an offer object; counts them. */
  private static int checkJsonLines(Path in) throws IOException {
    int rows = 0;
    int line = 0;
    try (BufferedReader lines = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      for (String text = lines.readLine(); text != null; text = lines.readLine()) {
        line++;
        if (!text.isBlank()) {
          OfferInput.parseJson(text, "line " + line + ": ");
          if (++rows > OfferServer.MAX_BATCH_ROWS) {
            break;
          }
        }
      }
    } catch (java.nio.charset.MalformedInputException e) {
      throw new Problem(Problem.Kind.UNREADABLE_BATCH, "the body is not UTF-8 (after line " + line + ")", null);
    }
    return rows;
  }

  /** The HTML batch report has its styles and script inline: the policy admits exactly those by hash. */
  private static String reportPolicy() {
    return "default-src 'none'; style-src " + hash("report.css") + "; script-src " + hash("report.js")
        + "; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  }

  private static String hash(String asset) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(OfferServer.Assets.bytes(asset));
      return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
