package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Folders;
import dev.offereval.Offers;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OfferEvaluator.reload(): picked up, failing safe, and never mixing two rule sets. */
class ReloadTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 23);
  // no levers, no competing offer: the counter aims at the midpoint, 175,000 (policy 0.50)
  private static final Offer PLAIN = Offers.twilioSf().base("160000").stock("130000").build();

  @TempDir Path tmp;

  @Test
  void aSavedChangeIsPickedUp() throws Exception {
    Path rules = Folders.copy("rules", tmp);
    Path data = Folders.copy("data", tmp);
    OfferEvaluator evaluator = OfferEvaluator.fromDirectories(rules, data);
    String before = evaluator.fingerprint();
    assertEquals(Money.of("175000", "USD"), evaluator.evaluate(PLAIN, ON, Explain.NONE).counter().orElseThrow().base());

    Folders.edit(data.resolve("policy.yaml"), "{ min-levers: 0, penetration: 0.50 }", "{ min-levers: 0, penetration: 0.60 }");
    evaluator.reload();

    assertNotEquals(before, evaluator.fingerprint());
    assertEquals(Money.of("180000", "USD"), evaluator.evaluate(PLAIN, ON, Explain.NONE).counter().orElseThrow().base());
  }

  @Test
  void aBrokenEditKeepsThePreviousRulesAndReportsTheErrors() throws Exception {
    Path rules = Folders.copy("rules", tmp);
    Path data = Folders.copy("data", tmp);
    OfferEvaluator evaluator = OfferEvaluator.fromDirectories(rules, data);
    String before = evaluator.fingerprint();

    Folders.edit(rules.resolve("levers.drl"), "PeerCompany( group == \"data-platform\", companyKey == $ck )",
        "PeerCompany( group == )");
    RulesException e = assertThrows(RulesException.class, evaluator::reload);

    assertTrue(e.problems().get(0).file().equals("levers.drl"), e.getMessage());
    assertEquals(before, evaluator.fingerprint());
    assertTrue(evaluator.evaluate(Offers.seedExample(), ON, Explain.NONE).hasLever("cdp-pipeline-expertise"));
  }

  @Test
  void evaluationsDuringReloadsEachRunOnOneConsistentRuleSet() throws Exception {
    Path rules = Folders.copy("rules", tmp);
    Path data = Folders.copy("data", tmp);
    Path policy = data.resolve("policy.yaml");
    OfferEvaluator evaluator = OfferEvaluator.fromDirectories(rules, data);
    // fingerprint -> the base counter that rule set must give
    Map<String, Money> expected = new ConcurrentHashMap<>();
    expected.put(evaluator.fingerprint(), Money.of("175000", "USD"));
    String low = "{ min-levers: 0, penetration: 0.50 }";
    String high = "{ min-levers: 0, penetration: 0.60 }";

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Evaluation>> running = new ArrayList<>();
      for (int round = 0; round < 6; round++) {
        for (int i = 0; i < 50; i++) {
          running.add(pool.submit(() -> evaluator.evaluate(PLAIN, ON, Explain.NONE)));
        }
        boolean toHigh = round % 2 == 0;
        Folders.edit(policy, toHigh ? low : high, toHigh ? high : low);
        evaluator.reload();
        expected.put(evaluator.fingerprint(), Money.of(toHigh ? "180000" : "175000", "USD"));
      }
      for (Future<Evaluation> f : running) {
        Evaluation e = f.get();
        assertEquals(expected.get(e.fingerprint()), e.counter().orElseThrow().base(), "fingerprint " + e.fingerprint());
      }
      assertEquals(2, expected.size());
    } finally {
      pool.shutdownNow();
    }
  }
}
