package dev.offereval.cli;

import dev.offereval.engine.Explain;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.Plausibility;
import dev.offereval.engine.RuleTimings;
import dev.offereval.engine.Sessions;
import dev.offereval.io.EvaluationJson;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.io.SyntheticOffers;
import dev.offereval.io.records.SyntheticRecords;
import dev.offereval.model.Offer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offer-eval bench}: how fast the rules run here, kept in a file to compare runs. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    header = "Measure throughput, latency, rules compile time and peak heap on synthetic offers.",
    description = {
      "Generates N synthetic offers (every region in the data, with and without competing offers, varied",
      "skills; every figure made up) and measures, in this JVM:",
      "  compile    rules compile and data load: the first time in this JVM (read back from the rules",
      "             cache when it holds these rules; --rules-cache off to compile), then the median of 3",
      "             compiles",
      "  batch      offers per second end to end, CSV in to CSV out, as evaluate runs it",
      "  latency    single-offer evaluation on a warm evaluator, one thread: p50, p99, p99.9",
      "  heap       peak heap in use during the batch (the JVM's own pools, summed)",
      "Then, apart from those figures, it evaluates the latency offers again with every rule firing timed and",
      "reports the rules' firings and the facts they insert, both an offer, and the N rules that take most",
      "time (--rule-timings N; docs/authoring.md, \"Which rules cost most\").",
      "Each run adds a line to the results file (JSON) and is compared with the line before it.",
      "For JVM start-up and the cold `offer` command, time bin/offer-eval itself (see README).",
      ""
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--offers", paramLabel = "N", defaultValue = "100000",
      description = "Synthetic offers in the batch. Default: ${DEFAULT-VALUE}.")
  long offers;

  @Option(names = "--latency-offers", paramLabel = "M", defaultValue = "20000",
      description = "Offers timed one by one for the latency figures. Default: ${DEFAULT-VALUE}.")
  int latencyOffers;

  @Option(names = "--seed", defaultValue = "20261124", description = "Seed of the synthetic offers. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Option(names = "--sessions", paramLabel = "STRATEGY", defaultValue = "warm",
      description = "Where evaluations get their sessions: fresh (a new session per offer), pooled (a KieSessionsPool,"
          + " reset between offers) or warm (sessions that keep the reference facts). Default: ${DEFAULT-VALUE}.")
  String sessions;

  @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "" + OfferEvaluator.CHUNK_SIZE,
      description = "Offers evaluated in one session by the batch (the latency figures evaluate one offer, a chunk of"
          + " one). Default: ${DEFAULT-VALUE}.")
  int chunkSize;

  @Option(names = "--results", paramLabel = "FILE", defaultValue = "bench-results.jsonl",
      description = "Where each run's figures are added, one JSON line per run. Default: ${DEFAULT-VALUE}.")
  Path results;

  @Option(names = "--write-offers", paramLabel = "FILE",
      description = "Only write the N synthetic offers to FILE as an offers CSV, and measure nothing: input for"
          + " timing `evaluate` itself.")
  Path writeOffers;

  @Option(names = "--write-records", paramLabel = "FILE",
      description = "Only write N (the --offers count) synthetic compensation records to FILE as a records CSV, and"
          + " measure nothing: input for timing `bands-from` (docs/performance.md).")
  Path writeRecords;

  @Option(names = "--rule-timings", paramLabel = "N", defaultValue = "10",
      description = "After the figures, the latency offers are evaluated again, in chunks on one thread, timing every"
          + " rule firing and counting the firings and inserted facts; list the N rules that take most time (0: none,"
          + " the counts are still given). The timing slows that run; the figures above are untimed."
          + " Default: ${DEFAULT-VALUE}.")
  int ruleTimings;

  @Option(names = "--keep", paramLabel = "DIR",
      description = "Keep the generated offers.csv and the batch's output here instead of deleting them.")
  Path keep;

  @Option(names = "--negotiations", paramLabel = "N",
      description = "Only benchmark the negotiations store: add N negotiations of three rounds each to --db (default: a"
          + " temporary file, deleted after) and time negotiation list and show (docs/negotiations.md).")
  Long negotiations;

  @Option(names = "--db", paramLabel = "FILE",
      description = "With --negotiations: the SQLite file to fill, kept, so that the commands can be timed on it.")
  Path negotiationsDb;

  @Mixin RulesAndData rulesAndData = new RulesAndData();

  /** The evaluation date of every benchmark run, so runs on different days do the same work. */
  static final LocalDate ON = LocalDate.of(2026, 11, 24);

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int workers = threads.workers();
    if (offers < 1 || latencyOffers < 1 || workers < 1 || chunkSize < 1 || ruleTimings < 0) {
      err.println("offer-eval: --offers, --latency-offers, --threads and --chunk-size must be at least 1,"
          + " and --rule-timings at least 0");
      err.flush();
      return ExitCodes.USAGE;
    }
    Sessions strategy;
    try {
      strategy = Sessions.valueOf(sessions.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("offer-eval: --sessions is fresh, pooled or warm, not '" + sessions + "'");
      err.flush();
      return ExitCodes.USAGE;
    }
    if (writeRecords != null) {
      try (BufferedWriter w = Files.newBufferedWriter(writeRecords, StandardCharsets.UTF_8)) {
        SyntheticRecords.write(w, offers, seed);
      }
      err.printf(Locale.ROOT, "offer-eval: %,d synthetic records (seed %d) written to %s%n", offers, seed, writeRecords);
      err.flush();
      return ExitCodes.OK;
    }
    if (negotiations != null) {
      return negotiationBench(err, spec.commandLine().getOut());
    }
    // compile: the first load in this JVM pays for class loading and the Java compiler's warm-up
    long t0 = System.nanoTime();
    OfferEvaluator loaded = rulesAndData.loadOrReport(err);
    if (loaded == null) {
      return ExitCodes.USAGE;
    }
    if (writeOffers != null) {
      try (BufferedWriter w = Files.newBufferedWriter(writeOffers, StandardCharsets.UTF_8)) {
        new SyntheticOffers(loaded.data()).write(w, offers, seed);
      }
      err.printf(Locale.ROOT, "offer-eval: %,d synthetic offers (seed %d) written to %s%n", offers, seed, writeOffers);
      err.flush();
      return ExitCodes.OK;
    }
    OfferEvaluator evaluator = loaded.withSessions(strategy).withChunkSize(chunkSize);
    double coldMs = millis(System.nanoTime() - t0);
    double[] warm = new double[3];
    for (int i = 0; i < warm.length; i++) {
      long t = System.nanoTime();
      OfferEvaluator.fromDirectories(rulesAndData.rulesDir(), rulesAndData.dataDir());
      warm[i] = millis(System.nanoTime() - t);
    }
    Arrays.sort(warm);

    Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("offer-eval-bench");
    Path input = dir.resolve("offers.csv");
    Path output = dir.resolve("evaluations.csv");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
        new SyntheticOffers(evaluator.data()).write(w, offers, seed);
      }
      // batch: exactly what `evaluate` does, on the evaluator compiled above
      List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).toList();
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long b0 = System.nanoTime();
      Batch.Summary summary = Batch.run(evaluator, input, Map.of(), output, null,
          new Batch.Settings(Formats.Format.csv, workers, ON, false, false, null, null));
      double batchSeconds = (System.nanoTime() - b0) / 1e9;
      long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

      // latency: one offer at a time, warm (the batch above warmed the JIT)
      List<Offer> sample = new ArrayList<>();
      try (OfferCsvReader.Rows rows = new OfferCsvReader(evaluator.data()).open(input, input.toString(), Map.of())) {
        for (OfferCsvReader.Record r = rows.next(); r != null && sample.size() < latencyOffers; r = rows.next()) {
          OfferRow row = r.toRow();
          if (row.valid()) {
            sample.add(row.offer());
          }
        }
      }
      long[] nanos = new long[Math.max(latencyOffers, 1)];
      for (int i = 0; i < nanos.length; i++) {
        Offer o = sample.get(i % sample.size());
        long t = System.nanoTime();
        evaluator.evaluate(o, ON, Explain.NONE);
        nanos[i] = System.nanoTime() - t;
      }
      Arrays.sort(nanos);

      // rule timings and counts: the same offers again, timed firing by firing (slower, so after the figures)
      RuleTimings timings = new RuleTimings();
      evaluator.withRuleTimings(timings).evaluateAll(sample, ON, Explain.NONE, Plausibility.WARN);

      ObjectNode run = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      run.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
      run.put("offers", summary.rows());
      run.put("seed", seed);
      run.put("threads", workers);
      run.put("sessions", strategy.name().toLowerCase(Locale.ROOT));
      run.put("chunk_size", chunkSize);
      run.put("cores", Runtime.getRuntime().availableProcessors());
      run.put("max_heap_mib", Runtime.getRuntime().maxMemory() >> 20);
      run.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
      run.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
      run.put("fingerprint", evaluator.fingerprint());
      run.put("compile_cold_ms", round1(coldMs));
      run.put("compile_warm_ms", round1(warm[1]));
      run.put("batch_seconds", round3(batchSeconds));
      run.put("offers_per_second", Math.round(summary.rows() / batchSeconds));
      run.put("latency_p50_us", round1(percentile(nanos, 0.50) / 1e3));
      run.put("latency_p99_us", round1(percentile(nanos, 0.99) / 1e3));
      run.put("latency_p999_us", round1(percentile(nanos, 0.999) / 1e3));
      run.put("peak_heap_mib", round1(peakHeap / 1048576.0));
      run.put("firings_per_offer", round3(timings.firings() / (double) timings.offers()));
      run.put("facts_per_offer", round3(timings.factsInserted() / (double) timings.offers()));
      if (ruleTimings > 0) {
        ArrayNode rules = run.putArray("rule_timings");
        double perOffer = 1e3 * timings.offers();
        for (RuleTimings.RuleTiming t : timings.byTotal().subList(0, Math.min(ruleTimings, timings.byTotal().size()))) {
          ObjectNode r = rules.addObject();
          r.put("rule", t.rule());
          r.put("firings_per_offer", round3(t.firings() / (double) timings.offers()));
          r.put("us_per_offer", round1(t.total().toNanos() / perOffer));
          r.put("consequence_us_per_offer", round1(t.consequence().toNanos() / perOffer));
          r.put("before_firing_us_per_offer", round1(t.beforeFiring().toNanos() / perOffer));
        }
        run.put("rule_timings_offers", timings.offers());
        run.put("rule_timings_in_sessions_us_per_offer", round1(timings.inSessions().toNanos() / perOffer));
        run.put("rule_timings_outside_firing_us_per_offer", round1(timings.outsideFiring().toNanos() / perOffer));
      }

      JsonNode previous = lastRun(results);
      report(out, run, previous, summary);
      if (ruleTimings > 0) {
        reportRuleTimings(out, run);
      }
      Files.writeString(results, EvaluationJson.writer().without(
          com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(run) + "\n",
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      out.println("figures added to " + results);
      out.flush();
    } finally {
      if (keep == null) {
        Files.deleteIfExists(input);
        Files.deleteIfExists(output);
        Files.deleteIfExists(dir);
      }
    }
    return ExitCodes.OK;
  }

  private static void report(PrintWriter out, ObjectNode run, JsonNode previous, Batch.Summary summary) {
    out.printf(Locale.ROOT, "offer-eval bench: %,d synthetic offers (seed %d), %d threads on %d cores, %s sessions,"
        + " %d offers a session, max heap %d MiB, %s%n", run.get("offers").asLong(), run.get("seed").asLong(),
        run.get("threads").asInt(), run.get("cores").asInt(), run.get("sessions").asText(),
        run.get("chunk_size").asInt(), run.get("max_heap_mib").asLong(), run.get("java").asText());
    out.printf(Locale.ROOT, "  statuses            OK %,d  NO_BAND %,d  INVALID %,d  ERROR %,d%n",
        summary.count(dev.offereval.model.Status.OK), summary.count(dev.offereval.model.Status.NO_BAND),
        summary.count(dev.offereval.model.Status.INVALID), summary.count(dev.offereval.model.Status.ERROR));
    line(out, previous, run, "compile, first", "compile_cold_ms", "ms", false);
    line(out, previous, run, "compile, warm", "compile_warm_ms", "ms", false);
    line(out, previous, run, "batch CSV to CSV", "offers_per_second", "offers/s", true);
    line(out, previous, run, "batch wall time", "batch_seconds", "s", false);
    line(out, previous, run, "latency p50", "latency_p50_us", "us", false);
    line(out, previous, run, "latency p99", "latency_p99_us", "us", false);
    line(out, previous, run, "latency p99.9", "latency_p999_us", "us", false);
    line(out, previous, run, "peak heap", "peak_heap_mib", "MiB", false);
    // counted in the timed run after the figures; counts, so the timing does not change them
    line(out, previous, run, "firings per offer", "firings_per_offer", "", false);
    line(out, previous, run, "facts per offer", "facts_per_offer", "", false);
    if (previous != null) {
      out.println("  (change against the run of " + previous.path("date").asText() + ", "
          + previous.path("offers").asLong() + " offers, " + previous.path("threads").asInt() + " threads, "
          + previous.path("sessions").asText("?") + " sessions, "
          + (previous.has("chunk_size") ? previous.path("chunk_size").asInt() : 1) + " offers a session)");
    }
  }

  private static void reportRuleTimings(PrintWriter out, ObjectNode run) {
    out.printf(Locale.ROOT, "  rule timings over %,d offers, one thread, %d offers a session (each firing timed, which"
        + " slows this run):%n", run.get("rule_timings_offers").asLong(), run.get("chunk_size").asInt());
    out.printf(Locale.ROOT, "    %.1f us an offer in sessions, %.1f of it outside any firing (inserting the offers,"
        + " matching after the last firing, reading the results out)%n",
        run.get("rule_timings_in_sessions_us_per_offer").asDouble(),
        run.get("rule_timings_outside_firing_us_per_offer").asDouble());
    out.println("    us/offer  firings/offer  consequence  before firing  rule");
    for (JsonNode r : run.get("rule_timings")) {
      out.printf(Locale.ROOT, "    %8.1f  %13.2f  %11.1f  %13.1f  %s%n", r.get("us_per_offer").asDouble(),
          r.get("firings_per_offer").asDouble(), r.get("consequence_us_per_offer").asDouble(),
          r.get("before_firing_us_per_offer").asDouble(), r.get("rule").asText());
    }
    out.println("    (before firing: mostly the rule's own matching, but it also holds the matching of rules that were"
        + " evaluated and did not fire)");
  }

  private static void line(PrintWriter out, JsonNode previous, ObjectNode run, String label, String key, String unit,
      boolean higherIsBetter) {
    double now = run.get(key).asDouble();
    String change = "";
    if (previous != null && previous.hasNonNull(key) && previous.get(key).asDouble() != 0) {
      double before = previous.get(key).asDouble();
      double pct = (now - before) / before * 100;
      boolean better = higherIsBetter ? pct > 0 : pct < 0;
      change = String.format(Locale.ROOT, "   %+.1f%% %s", pct, Math.abs(pct) < 0.05 ? "" : better ? "better" : "worse");
    }
    out.printf(Locale.ROOT, "  %-19s %,12.1f%s%s%n", label, now, unit.isEmpty() ? "" : " " + unit, change);
  }

  /** The last run in the results file, or null when there is none. */
  private static JsonNode lastRun(Path results) throws IOException {
    if (!Files.exists(results)) {
      return null;
    }
    List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        try {
          return EvaluationJson.reader().readTree(lines.get(i));
        } catch (IOException e) {
          return null; // a line edited by hand is not worth failing over
        }
      }
    }
    return null;
  }

  /** The nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static double round3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** {@code --negotiations N}: {@link NegotiationBench} on --db, or on a temporary file it deletes after. */
  private int negotiationBench(PrintWriter err, PrintWriter out) throws IOException {
    if (negotiations < 1) {
      err.println("offer-eval: --negotiations must be at least 1");
      err.flush();
      return ExitCodes.USAGE;
    }
    OfferEvaluator evaluator = rulesAndData.loadOrReport(err);
    if (evaluator == null) {
      return ExitCodes.USAGE;
    }
    Path dir = negotiationsDb == null ? Files.createTempDirectory("offer-eval-negotiations") : null;
    try (evaluator) {
      NegotiationBench.run(evaluator, negotiations, dir == null ? negotiationsDb : dir.resolve("negotiations.db"), ON,
          out);
    } finally {
      if (dir != null) {
        // the file and the journal files SQLite may leave beside it
        try (var files = Files.list(dir)) {
          for (Path f : files.toList()) {
            Files.deleteIfExists(f);
          }
        }
        Files.deleteIfExists(dir);
      }
    }
    return ExitCodes.OK;
  }
}
