package dev.offereval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offereval.engine.OfferEvaluator;
import dev.offereval.json.OfferEvalModule;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Component;
import dev.offereval.model.Evaluation;
import dev.offereval.model.InvalidInputException;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.OfferEvalException;
import dev.offereval.model.Problem;
import dev.offereval.model.Status;
import dev.offereval.model.Zone;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compiles and runs the README's Java example, and checks the README shows exactly this code. */
class ReadmeExampleTest {

  @Test
  void readmeJavaExampleRuns() throws Exception {
    List<String> seen = new ArrayList<>();
    // README:begin
    try (OfferEvaluator evaluator = OfferEvaluator.builder()  // the bundled rules and data unless told
        .evaluationDate(LocalDate.of(2026, 11, 23))           // or .clock(clock); default: today
        .build()) {
      Offer offer = Offer.builder()
          .offerId("seed-example").company("Twilio").role("Data Engineer").level("L2")
          .region("san-francisco")
          .base(Money.of(170_000, "USD")).stockGrant(Money.of(160_000, "USD")).bonusPct(10)
          .skills(List.of("cdp", "kafka", "flink", "feature-store"))
          .addCompeting(new CompetingOffer("Snowflake", "IC2",
              Money.of(195_000, "USD"), Money.of(230_000, "USD"), 4, null))
          .build();

      Evaluation e = evaluator.evaluate(offer);
      e.status();                                       // OK
      e.position(Component.BASE).orElseThrow().zone();  // IN_BAND
      e.levers().size();                                // 5
      e.counter().orElseThrow().base();                 // USD 195000
      e.counter().orElseThrow().stockGrant();           // USD 230000 (over 4 years)
      e.script().orElseThrow();                         // "I'm excited about building the data foundation ..."

      ObjectMapper mapper = new ObjectMapper().registerModule(new OfferEvalModule());
      String json = mapper.writeValueAsString(e);       // as `offer-eval offer --format json` prints it
      Evaluation back = mapper.readValue(json, Evaluation.class);
      // README:end
      assertEquals(Status.OK, e.status());
      assertEquals(Zone.IN_BAND, e.position(Component.BASE).orElseThrow().zone());
      assertEquals(5, e.levers().size());
      assertEquals(Money.of("195000", "USD"), e.counter().orElseThrow().base());
      assertEquals(Money.of("230000", "USD"), e.counter().orElseThrow().stockGrant());
      assertTrue(e.script().orElseThrow().startsWith("I'm excited about building the data foundation for CustomerAI"));
      assertEquals(json, mapper.writeValueAsString(back));
      // README:begin
    }

    try {
      Money.of("170k", "USD");
    } catch (InvalidInputException bad) {
      bad.getMessage();  // amount "170k" is not a decimal number (write 170000 or 170000.50)
      // README:end
      seen.add(bad.getMessage());
      // README:begin
    }
    try {
      OfferEvaluator.fromDirectories(Path.of("my-rules"), Path.of("my-data"));
    } catch (OfferEvalException broken) {  // RulesException, DataException, or both: unchecked
      for (Problem p : broken.problems()) {
        seen.add(p.file() + ":" + p.line() + ": " + p.message());
      }
    }
    // README:end
    assertEquals(List.of("amount \"170k\" is not a decimal number (write 170000 or 170000.50)",
        "my-rules:0: rules folder not found", "my-data:0: data folder not found"), seen);
  }

  @Test
  void readmeShowsTheExampleVerbatim() throws Exception {
    String dedented = dev.offereval.ReadmeExamples.shown(Path.of("src/test/java/dev/offereval/ReadmeExampleTest.java"));
    String readme = Files.readString(Path.of("README.md"));
    assertTrue(readme.contains(dedented), "README.md must show the example in ReadmeExampleTest verbatim:\n" + dedented);
  }
}
