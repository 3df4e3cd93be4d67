package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Folders;
import dev.offereval.Offers;
import dev.offereval.io.EvaluationJson;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link OfferEvaluator.Builder#rulesCache(Path)}: an evaluator that reads its rules back from the
 * cache decides exactly as one that compiled them, and an edited rule file compiles afresh.
 */
class RulesCacheTest {
  private static final LocalDate ON = LocalDate.of(2026, 12, 1);

  private static List<Path> entries(Path cache) throws IOException {
    try (Stream<Path> s = Files.list(cache)) {
      return s.filter(p -> p.toString().endsWith(".rules")).toList();
    }
  }

  private static List<String> evaluate(OfferEvaluator evaluator, List<Offer> offers) {
    List<String> out = new ArrayList<>();
    for (Offer o : offers) {
      out.add(EvaluationJson.of(evaluator.evaluate(o, ON, Explain.RULE_TRACE)).toString());
    }
    return out;
  }

  @Test
  void rulesReadBackFromTheCacheDecideAsTheCompiledOnesDo(@TempDir Path tmp) throws IOException {
    Path cache = tmp.resolve("cache");
    List<Offer> offers = OfferEvaluatorTest.generated(300, 11);
    List<String> compiled;
    try (OfferEvaluator first = OfferEvaluator.builder().rules(Source.directory(Path.of("rules")))
        .data(Source.directory(Path.of("data"))).rulesCache(cache).build()) {
      compiled = evaluate(first, offers);
    }
    List<Path> stored = entries(cache);
    assertEquals(1, stored.size());
    Files.setLastModifiedTime(stored.get(0), FileTime.fromMillis(0)); // a read touches the entry
    try (OfferEvaluator second = OfferEvaluator.builder().rules(Source.directory(Path.of("rules")))
        .data(Source.directory(Path.of("data"))).rulesCache(cache).build()) {
      assertTrue(Files.getLastModifiedTime(stored.get(0)).toMillis() > 0, "the second evaluator read the cache");
      assertEquals(Offers.shipped().ruleNames(), second.ruleNames());
      // every decision, figure, message and rule firing (with the facts it matched) the same
      assertEquals(compiled, evaluate(second, offers));
    }
  }

  @Test
  void nearMissAnEditedRuleFileIsCompiledAfresh(@TempDir Path tmp) throws IOException {
    Path rules = Folders.copy("rules", tmp);
    Path cache = tmp.resolve("cache");
    Offer dollarsForLondon = Offers.twilioSf().region("london").currency("USD").base("120000").stock("100000")
        .bonus("10").build();
    try (OfferEvaluator before = OfferEvaluator.builder().rules(Source.directory(rules))
        .data(Source.directory(Path.of("data"))).rulesCache(cache).build()) {
      assertTrue(before.evaluate(dollarsForLondon).messages().toString().contains("the counter is stated in USD"));
    }
    // a decision changes: the rate's notice becomes a warning
    Folders.edit(rules.resolve("counter-offer.drl"), "Severity.INFO, \"counter-stated-back\"",
        "Severity.WARNING, \"counter-stated-back\"");
    try (OfferEvaluator after = OfferEvaluator.builder().rules(Source.directory(rules))
        .data(Source.directory(Path.of("data"))).rulesCache(cache).build()) {
      Evaluation e = after.evaluate(dollarsForLondon);
      assertTrue(e.messages().stream().anyMatch(m -> m.severity() == dev.offereval.model.Severity.WARNING
          && m.text().startsWith("the counter is stated in USD")), e.messages().toString());
    }
    assertEquals(2, entries(cache).size());
    assertNotEquals(entries(cache).get(0), entries(cache).get(1));
  }
}
