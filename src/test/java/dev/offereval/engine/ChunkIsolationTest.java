package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offereval.Folders;
import dev.offereval.Offers;
import dev.offereval.io.EvaluationJson;
import dev.offereval.model.AnchorKind;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import dev.offereval.model.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many offers share a session (a chunk) and never see each other: the rules join every fact on
 * the offer it is about, and an evaluation is the same whatever chunk its offer is in.
 */
class ChunkIsolationTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 23);

  @Test
  void aCompetingOfferOfOneOfferNeverReachesAnotherInItsChunk() {
    OfferEvaluator evaluator = Offers.shipped();
    // given: the guide's example, holding a stronger Snowflake offer, and an offer with none,
    // for the same company, role, level and region, in one chunk
    Offer holder = Offers.seedExample();
    Offer without = Offers.twilioSf().id("without").skills("cdp").build();
    assertTrue(evaluator.chunkSize() >= 2);

    // when
    List<Evaluation> both = evaluator.evaluateAll(List.of(holder, without), ON, Explain.NONE, Plausibility.WARN);

    // then: the competing offer, its lever and its anchor stay with the offer that holds it
    Evaluation b = both.get(1);
    assertEquals("without", b.offerId());
    assertTrue(b.competing().isEmpty(), b.competing().toString());
    assertFalse(leverIds(b).contains("competing-market-demand"), leverIds(b).toString());
    assertEquals(AnchorKind.BAND_TARGET, b.anchor().kind());
    assertFalse(b.script().orElse("").contains("Snowflake") || b.script().orElse("").contains("data platform company"),
        b.script().orElse(""));
    assertEquals(withoutFiredRules(evaluator.evaluate(without, ON, Explain.NONE)), withoutFiredRules(b));
    // near miss: the offer that holds it has all three
    Evaluation a = both.get(0);
    assertEquals(1, a.competing().size());
    assertTrue(leverIds(a).contains("competing-market-demand"), leverIds(a).toString());
    assertEquals(AnchorKind.COMPETING, a.anchor().kind());
    assertEquals(withoutFiredRules(evaluator.evaluate(holder, ON, Explain.NONE)), withoutFiredRules(a));
  }

  /**
   * Property, seeded: 300 varied offers (currencies, vesting schedules, up to four competing
   * offers, some with no band) evaluated one to a session, seven, 32 (the default) and 256 to a session
   * give the same evaluations; only the order in which each offer's rules fired may differ, never
   * which rules fired.
   */
  @Test
  void anEvaluationDoesNotDependOnTheChunkItIsIn() {
    List<Offer> offers = OfferEvaluatorTest.generated(300, 20261201L);
    OfferEvaluator shipped = Offers.shipped();
    List<Evaluation> alone = shipped.withChunkSize(1).evaluateAll(offers, ON, Explain.NONE, Plausibility.WARN);
    for (int size : new int[] {7, 32, 256}) {
      List<Evaluation> chunked = shipped.withChunkSize(size).evaluateAll(offers, ON, Explain.NONE, Plausibility.WARN);
      assertEquals(offers.size(), chunked.size());
      for (int i = 0; i < offers.size(); i++) {
        String where = "chunk size " + size + ", offer " + i;
        assertEquals(withoutFiredRules(alone.get(i)), withoutFiredRules(chunked.get(i)), where);
        assertEquals(new TreeSet<>(alone.get(i).firedRules()), new TreeSet<>(chunked.get(i).firedRules()), where);
      }
    }
  }

  @Test
  void aRuleThatThrowsForOneOfferFailsOnlyThatOfferOfItsChunk(@TempDir Path tmp) throws Exception {
    Path rules = Folders.copy("rules", tmp);
    Files.writeString(rules.resolve("zz-throws.drl"), OfferEvaluatorTest.DIVIDES_BY_ZERO_FOR_EXAMPLE_CORP);
    try (OfferEvaluator evaluator = OfferEvaluator.fromDirectories(rules, Path.of("data"))) {
      List<Offer> offers = new ArrayList<>();
      offers.add(Offers.seedExample());
      offers.add(Offers.twilioSf().id("broken").company("Example Corp").build());
      offers.add(Offers.twilioSf().id("after").build());
      List<Evaluation> out = evaluator.evaluateAll(offers, ON, Explain.NONE, Plausibility.WARN);
      assertEquals(Status.OK, out.get(0).status());
      assertEquals(Status.ERROR, out.get(1).status());
      assertTrue(out.get(1).messages().get(0).toString().contains("A test rule that divides by zero"),
          out.get(1).messages().toString());
      // near miss: the offers around it are evaluated as if the rule were not there
      assertEquals(Status.OK, out.get(2).status());
      assertEquals(withoutFiredRules(Offers.shipped().evaluate(offers.get(2), ON, Explain.NONE)),
          withoutFiredRules(out.get(2)).replace(evaluator.fingerprint(), Offers.shipped().fingerprint()));
      assertEquals(0, evaluator.liveSessions());
    }
  }

  private static List<String> leverIds(Evaluation e) {
    return e.levers().stream().map(AppliedLever::id).toList();
  }

  private static String withoutFiredRules(Evaluation e) {
    ObjectNode json = EvaluationJson.of(e);
    json.remove("fired_rules");
    return json.toString();
  }
}
