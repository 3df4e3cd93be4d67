package dev.offereval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Component;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.Status;
import dev.offereval.model.Zone;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Compiles and runs the README's Java example, and checks the README shows exactly this code. */
class ReadmeExampleTest {

  @Test
  void readmeJavaExampleRuns() {
    // README:begin
    OfferEvaluator evaluator = OfferEvaluator.withDefaults(); // or fromDirectories(rulesDir, dataDir)

    Offer offer = new Offer("seed-example", "Twilio", "Data Engineer", "L2", "san-francisco",
        Money.of("170000", "USD"), Money.of("160000", "USD"), 4, new BigDecimal("10"), null,
        new TreeSet<>(List.of("cdp", "kafka", "flink", "feature-store")),
        List.of(new CompetingOffer("Snowflake", "IC2",
            Money.of("195000", "USD"), Money.of("230000", "USD"), 4, null)));

    Evaluation e = evaluator.evaluate(offer);
    e.status();                         // OK
    e.position(Component.BASE).zone();  // IN_BAND
    e.levers().size();                  // 5
    e.counter().base();                 // USD 195000
    e.counter().stockGrant();           // USD 230000 (over 4 years)
    e.script();                         // "I'm excited about building the data foundation for CustomerAI ..."
    // README:end

    assertEquals(Status.OK, e.status());
    assertEquals(Zone.IN_BAND, e.position(Component.BASE).zone());
    assertEquals(5, e.levers().size());
    assertEquals(Money.of("195000", "USD"), e.counter().base());
    assertEquals(Money.of("230000", "USD"), e.counter().stockGrant());
    assertTrue(e.script().startsWith("I'm excited about building the data foundation for CustomerAI"));
  }

  @Test
  void readmeShowsTheExampleVerbatim() throws Exception {
    String source = Files.readString(Path.of("src/test/java/dev/offereval/ReadmeExampleTest.java"));
    String begin = "// README:begin\n";
    String code = source.substring(source.indexOf(begin) + begin.length(), source.indexOf("    // README:end"));
    String dedented = code.lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .reduce("", (a, b) -> a + b + "\n");
    String readme = Files.readString(Path.of("README.md"));
    assertTrue(readme.contains(dedented), "README.md must show the example in ReadmeExampleTest verbatim:\n" + dedented);
  }
}
