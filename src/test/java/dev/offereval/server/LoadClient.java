package dev.offereval.server;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.Source;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test of {@code POST /api/evaluations} on loopback: starts the server in this JVM
 * on a free loopback port, sends {@code --requests} single-offer requests from {@code --clients}
 * concurrent clients (each its own JDK HttpClient, one request at a time), and ends by itself. It
 * prints p50, p99 and max latency, requests per second, errors, and the heap in use after a full
 * collection before the run and after each quarter of it (flat means no leak per request).
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
 *   dev.offereval.server.LoadClient --requests 20000 --clients 16
 * </pre>
 *
 * Not part of {@code mvn verify} as a timed test; {@code LoadClientTest} runs a small load and
 * checks only that every answer is right.
 */
public final class LoadClient {
  /** What a run measured. Latencies in microseconds. */
  public record Result(int requests, int clients, int errors, long p50, long p99, long max, double perSecond,
      List<Long> heapMiB) {
    String report() {
      return String.format("%,d requests, %d clients: %d errors; latency p50 %,d us, p99 %,d us, max %,d us;"
          + " %,.0f requests/s; heap in use after GC (MiB), before and after each quarter: %s",
          requests, clients, errors, p50, p99, max, perSecond, heapMiB);
    }
  }

  private LoadClient() {}

  public static void main(String[] args) throws Exception {
    int requests = 20_000;
    int clients = 16;
    int warmup = 2_000;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--requests" -> requests = Integer.parseInt(args[i + 1]);
        case "--clients" -> clients = Integer.parseInt(args[i + 1]);
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; options: --requests N --clients N --warmup N");
      }
    }
    OfferEvaluator evaluator = OfferEvaluator.builder().rules(Source.directory(Path.of("rules"), "rules"))
        .data(Source.directory(Path.of("data"), "data")).build();
    try (OfferServer server = OfferServer.start(evaluator, new OfferServer.Settings("127.0.0.1", 0, null, null))) {
      System.out.println("warm-up: " + run(server.port(), warmup, clients).report());
      Result r = run(server.port(), requests, clients);
      System.out.println(r.report());
      System.out.printf("JVM: %s %s, %d cores, -Xmx %,d MiB%n", System.getProperty("java.vm.name"),
          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);
      if (r.errors() > 0) {
        System.exit(1);
      }
    }
  }

  /** Sends {@code requests} evaluations of the seed example (each its own offer_id) from {@code clients} threads. */
  public static Result run(int port, int requests, int clients) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + port + "/api/evaluations");
    long[] micros = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    List<Long> heap = new ArrayList<>();
    heap.add(heapAfterGc());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long busy = 0; // time spent sending, without the collections between quarters
    try {
      for (int quarter = 1; quarter <= 4; quarter++) {
        long start = System.nanoTime();
        int until = (int) ((long) requests * quarter / 4);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          done.add(pool.submit(() -> {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (int i = next.getAndIncrement(); i < until; i = next.getAndIncrement()) {
              String body = Http.SEED_JSON.replace("seed-example", "load-" + i);
              HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
              long t0 = System.nanoTime();
              try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                micros[i] = (System.nanoTime() - t0) / 1_000;
                if (r.statusCode() != 200 || !r.body().contains("\"offer_id\" : \"load-" + i + "\"")
                    || !r.body().contains("\"base\" : 195000.00")) {
                  errors.incrementAndGet();
                }
              } catch (Exception e) {
                micros[i] = (System.nanoTime() - t0) / 1_000;
                errors.incrementAndGet();
              }
            }
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get();
        }
        busy += System.nanoTime() - start;
        next.set(until); // clients that stopped took one number each past the quarter
        heap.add(heapAfterGc());
      }
    } finally {
      pool.shutdown();
    }
    double seconds = busy / 1e9;
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    return new Result(requests, clients, errors.get(), percentile(sorted, 50), percentile(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1], requests / seconds, heap);
  }

  private static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  private static long heapAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }
}
