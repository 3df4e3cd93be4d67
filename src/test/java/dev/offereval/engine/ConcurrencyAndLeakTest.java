package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.io.EvaluationJson;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Threads change nothing in the output, and evaluations leave no sessions or heap behind. */
class ConcurrencyAndLeakTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 23);

  @Test
  void tenThousandOffersGiveIdenticalOutputOnOneAndEightThreads() throws Exception {
    List<Offer> offers = OfferEvaluatorTest.generated(10_000, 10_000);
    OfferEvaluator evaluator = Offers.shipped();
    List<String> one = new ArrayList<>();
    for (Offer o : offers) {
      one.add(json(evaluator.evaluate(o, ON, Explain.NONE)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> eight = new ArrayList<>();
      for (Offer o : offers) {
        eight.add(pool.submit(() -> json(evaluator.evaluate(o, ON, Explain.NONE))));
      }
      for (int i = 0; i < offers.size(); i++) {
        assertEquals(one.get(i), eight.get(i).get(), "offer " + i);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(0, evaluator.liveSessions());
  }

  @Test
  void oneHundredThousandEvaluationsLeaveSessionsAndHeapAtTheirBaseline() throws Exception {
    OfferEvaluator evaluator = OfferEvaluator.fromDirectories(java.nio.file.Path.of("rules"), java.nio.file.Path.of("data"));
    List<Offer> offers = OfferEvaluatorTest.generated(100, 42);
    for (int i = 0; i < 2_000; i++) { // warm up class loading and JIT before the baseline
      evaluator.evaluate(offers.get(i % offers.size()), ON, Explain.NONE);
    }
    long baseline = usedHeapAfterGc();
    assertEquals(0, evaluator.liveSessions());
    for (int i = 0; i < 100_000; i++) {
      evaluator.evaluate(offers.get(i % offers.size()), ON, i % 1000 == 0 ? Explain.RULE_TRACE : Explain.NONE);
    }
    assertEquals(0, evaluator.liveSessions(), "every session was disposed");
    long after = usedHeapAfterGc();
    // what a leak of one session per evaluation would hold is far above this: 100,000 x ~10 KB
    assertTrue(after - baseline < 16L * 1024 * 1024,
        "heap grew by " + (after - baseline) / 1024 + " KiB over 100,000 evaluations");
  }

  private static String json(Evaluation e) {
    return EvaluationJson.of(e).toString();
  }

  private static long usedHeapAfterGc() {
    var memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) { // several collections until the figure settles
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
