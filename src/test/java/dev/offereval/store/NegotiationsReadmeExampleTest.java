package dev.offereval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.engine.OfferEvaluator;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's Negotiations example, and checks the README shows exactly this code. */
class NegotiationsReadmeExampleTest {
  @TempDir Path dir;

  @Test
  void readmeNegotiationsExampleRuns() {
    Offer offer = Offers.seedExample();
    Path file = dir.resolve("negotiations.db");
    List<NegotiationSummary> listed;
    BigDecimal closed;
    // README:begin
    try (OfferEvaluator evaluator = OfferEvaluator.withDefaults();
        Negotiations negotiations = Negotiations.open(file)) {  // or Negotiations.defaultFile(), or a JDBC URL
      Negotiation n = negotiations.start(offer, evaluator.evaluate(offer));
      Offer revised = n.lastRound().offer().toBuilder().base(Money.of(185_000, "USD")).build();
      n = negotiations.addRound(n.id(), revised, evaluator.evaluateRound(revised, n.lastRound().asPrevious()),
          "the recruiter's answer");                // advised against round 1: a trade
      n.rounds().get(0).outcome().ask().base();   // USD 195000: what round 1 asked for
      RoundChange change = RoundChange.between(n.rounds().get(0), n.lastRound());
      change.moved().get(0).gapClosedPct();       // 60.00: the base moved 60% of the way to the ask
      negotiations.list();                        // one NegotiationSummary a negotiation
      negotiations.delete(n.id());
      // README:end
      closed = change.moved().get(0).gapClosedPct();
      assertEquals(Money.of(195_000, "USD"), n.rounds().get(0).outcome().ask().base());
      listed = negotiations.list();
      // README:begin
    }
    // README:end
    assertEquals(new BigDecimal("60.00"), closed);
    assertEquals(List.of(), listed);
  }

  @Test
  void readmeShowsTheExampleVerbatim() throws Exception {
    String dedented = dev.offereval.ReadmeExamples.shown(Path.of("src/test/java/dev/offereval/store/NegotiationsReadmeExampleTest.java"));
    assertTrue(Files.readString(Path.of("README.md")).contains(dedented),
        "README.md must show the example in NegotiationsReadmeExampleTest verbatim:\n" + dedented);
  }
}
