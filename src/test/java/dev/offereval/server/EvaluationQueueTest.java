package dev.offereval.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.engine.Explain;
import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.Plausibility;
import dev.offereval.io.EvaluationJson;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.io.SyntheticOffers;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's queue of single-offer evaluations: many threads at once get, each, exactly the
 * evaluation their offer gets alone, whatever the offers it was evaluated with.
 */
class EvaluationQueueTest {
  private static final LocalDate ON = LocalDate.of(2026, 12, 1);
  private static OfferEvaluator evaluator;
  private static List<Offer> offers;

  @BeforeAll
  static void load(@TempDir Path dir) throws Exception {
    evaluator = Http.evaluator();
    StringWriter csv = new StringWriter();
    new SyntheticOffers(evaluator.data()).write(csv, 400, 20261207L);
    Path file = dir.resolve("offers.csv");
    Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    offers = new ArrayList<>();
    for (OfferRow row : new OfferCsvReader(evaluator.data()).read(file).rows()) {
      offers.add(row.offer());
    }
  }

  @AfterAll
  static void close() {
    evaluator.close();
  }

  /** The whole JSON, fired rules included, as the API answers it. */
  private static String json(Evaluation e) {
    return EvaluationJson.of(e).toString();
  }

  @Test
  void sixteenThreadsAtOnceGetWhatEachOfferGetsAlone() throws Exception {
    List<String> alone = new ArrayList<>();
    for (Offer o : offers) {
      alone.add(json(evaluator.evaluate(o, ON, Explain.NONE, Plausibility.WARN)));
    }
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try (EvaluationQueue queue = new EvaluationQueue(evaluator, 2)) {
      List<Future<String>> got = new ArrayList<>();
      for (Offer o : offers) {
        got.add(clients.submit(() -> json(queue.evaluate(o, ON, Explain.NONE, Plausibility.WARN))));
      }
      for (int i = 0; i < offers.size(); i++) {
        assertEquals(alone.get(i), got.get(i).get(), offers.get(i).offerId());
      }
      // sixteen clients on two workers: most requests waited, and went with others
      assertTrue(queue.evaluatedTogether() > offers.size() / 2, queue.evaluatedTogether() + " evaluated together");
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void requestsForOtherDatesAndTracesWaitingTogetherAreEvaluatedApart() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try (EvaluationQueue queue = new EvaluationQueue(evaluator, 1)) {
      List<Future<Evaluation>> got = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        LocalDate on = ON.plusDays(i % 3);
        Explain explain = i % 2 == 0 ? Explain.NONE : Explain.RULE_TRACE;
        Offer o = offers.get(i);
        got.add(clients.submit(() -> queue.evaluate(o, on, explain, Plausibility.WARN)));
      }
      for (int i = 0; i < 64; i++) {
        Evaluation e = got.get(i).get();
        assertEquals(ON.plusDays(i % 3), e.evaluatedOn(), offers.get(i).offerId());
        assertEquals(i % 2 != 0, !e.trace().isEmpty(), offers.get(i).offerId());
        assertEquals(json(evaluator.evaluate(offers.get(i), ON.plusDays(i % 3), i % 2 == 0 ? Explain.NONE
            : Explain.RULE_TRACE, Plausibility.WARN)), json(e), offers.get(i).offerId());
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void aStrictRequestIsHeldToStrictChecking() {
    Offer implausible = Offer.builder().offerId("one").company("Twilio").role("Data Engineer").level("L2")
        .region("san-francisco").base(Money.of(1, "USD")).build();
    try (EvaluationQueue queue = new EvaluationQueue(evaluator, 1)) {
      assertEquals("INVALID", queue.evaluate(implausible, ON, Explain.NONE, Plausibility.STRICT).status().name());
      assertEquals("OK", queue.evaluate(implausible, ON, Explain.NONE, Plausibility.WARN).status().name());
    }
  }

  @Test
  void nearMissAClosedQueueRefusesWhatComesAfterAndAnswersWhatItTook() {
    EvaluationQueue queue = new EvaluationQueue(evaluator, 1);
    Evaluation before = queue.evaluate(offers.get(0), ON, Explain.NONE, Plausibility.WARN);
    assertEquals(json(evaluator.evaluate(offers.get(0), ON, Explain.NONE, Plausibility.WARN)), json(before));
    queue.close();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> queue.evaluate(offers.get(0), ON, Explain.NONE, Plausibility.WARN));
    assertTrue(e.getMessage().contains("stopping"), e.getMessage());
  }
}
