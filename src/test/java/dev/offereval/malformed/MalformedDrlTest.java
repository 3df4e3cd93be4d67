package dev.offereval.malformed;

import dev.offereval.engine.Explain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offereval.Folders;
import dev.offereval.Offers;
import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.RuleProblem;
import dev.offereval.engine.RulesException;
import dev.offereval.engine.internal.Validator;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import dev.offereval.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The malformed-DRL corpus: each {@code src/test/resources/malformed/drl/<case>/} adds {@code
 * extra.drl} to a copy of the shipped rules. {@code stage: compile} expects a compile problem at a
 * file and line; {@code validate}, a link problem; {@code evaluate}, a batch where the Example Corp
 * offer ends as ERROR naming the rule while the other offers are still evaluated normally.
 */
class MalformedDrlTest {
  static final Path ROOT = Path.of("src/test/resources/malformed/drl");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> drlCases() throws IOException {
    return MalformedCsvTest.cases(ROOT).map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void corpusHasAtLeastEightCases() throws IOException {
    assertTrue(MalformedCsvTest.cases(ROOT).count() >= 8);
  }

  private void check(Path dir) throws Exception {
    JsonNode c = MalformedCsvTest.YAML.readTree(dir.resolve("case.yaml").toFile());
    Path rules = Folders.copy("rules", Files.createTempDirectory(tmp, dir.getFileName().toString()));
    Files.copy(dir.resolve("extra.drl"), rules.resolve("extra.drl"));
    JsonNode x = c.get("expect");
    switch (c.get("stage").asText()) {
      case "compile" -> {
        RulesException e = assertThrows(RulesException.class, () -> OfferEvaluator.fromDirectories(rules, Path.of("data")));
        located(e.problems(), x, e.getMessage());
        located(Validator.validate(rules, Path.of("data")), x, "validate");
      }
      case "validate" -> located(Validator.validate(rules, Path.of("data")), x, "validate");
      case "evaluate" -> {
        OfferEvaluator evaluator = OfferEvaluator.fromDirectories(rules, Path.of("data"));
        List<Offer> batch = List.of(Offers.seedExample(), Offers.twilioSf().id("bad").company("Example Corp").build(),
            Offers.twilioSf().id("after").build());
        List<Evaluation> out = batch.stream().map(o -> evaluator.evaluate(o, LocalDate.of(2026, 11, 23), Explain.NONE)).toList();
        assertEquals(3, out.size());
        assertEquals(Status.OK, out.get(0).status());
        assertEquals(Status.valueOf(x.get("status").asText()), out.get(1).status());
        assertTrue(out.get(1).messages().get(0).toString().contains(x.get("contains").asText()), out.get(1).messages().toString());
        assertEquals(Status.OK, out.get(2).status(), "the batch goes on");
      }
      default -> throw new IllegalArgumentException(c.get("stage").asText());
    }
  }

  private static void located(List<RuleProblem> problems, JsonNode x, String all) {
    RuleProblem p = problems.stream().filter(q -> q.severity().equals("error")).findFirst()
        .orElseThrow(() -> new AssertionError("no error in " + all));
    assertTrue(p.file().endsWith(x.get("file").asText()), p.toString());
    if (x.has("line")) {
      assertEquals(x.get("line").asInt(), p.line(), p.toString());
    }
    if (x.has("column")) {
      assertEquals(x.get("column").asInt(), p.column(), p.toString());
    }
    assertTrue(p.message().contains(x.get("contains").asText()), p.toString());
  }
}
