package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.DataException;
import dev.offereval.model.Evaluation;
import dev.offereval.model.OfferEvalException;
import dev.offereval.model.Problem;
import dev.offereval.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfferEvaluatorBuilderTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 23);

  @TempDir
  Path tmp;

  private static Map<String, String> texts(Path dir, String glob) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (dir.getFileSystem().getPathMatcher("glob:" + glob).matches(Path.of(rel))) {
          out.put(rel, Files.readString(p));
        }
      }
    }
    return out;
  }

  @Test
  void inMemoryClasspathAndFolderSourcesGiveTheSameEvaluation() throws IOException {
    String expected = Offers.shipped().evaluate(Offers.seedExample(), ON, Explain.NONE).toString();
    Path folder;
    try (OfferEvaluator text = OfferEvaluator.builder()
        .rules(Source.text(texts(Path.of("rules"), "*.drl")))
        .data(Source.text(texts(Path.of("data"), "**.yaml")))
        .evaluationDate(ON)
        .build()) {
      assertEquals(expected, text.evaluate(Offers.seedExample()).toString());
      assertEquals("in-memory", text.rulesSource());
      folder = text.rulesDir();
      assertTrue(Files.isDirectory(folder));
    }
    assertFalse(Files.exists(folder), "close() deletes the folder written for in-memory sources");
    try (OfferEvaluator classpath = OfferEvaluator.builder()
        .rules(Source.classpath("offer-evaluator/rules")).data(Source.classpath("offer-evaluator/data"))
        .evaluationDate(ON).build()) {
      assertEquals(expected, classpath.evaluate(Offers.seedExample()).toString());
      assertEquals("classpath:offer-evaluator/rules", classpath.rulesSource());
    }
  }

  @Test
  void theExplainOptionAndTheFiringLimitApplyToEveryEvaluation() {
    try (OfferEvaluator e = OfferEvaluator.builder().rules(Source.directory(Path.of("rules")))
        .data(Source.directory(Path.of("data"))).explain(Explain.RULE_TRACE).evaluationDate(ON).build()) {
      Evaluation traced = e.evaluate(Offers.seedExample());
      assertFalse(traced.trace().isEmpty());
      assertEquals(ON, traced.evaluatedOn());
      assertTrue(e.evaluate(Offers.seedExample(), ON, Explain.NONE).trace().isEmpty());
    }
    try (OfferEvaluator limited = OfferEvaluator.builder().rules(Source.directory(Path.of("rules")))
        .data(Source.directory(Path.of("data"))).maxRuleFirings(5).build()) {
      Evaluation cut = limited.evaluate(Offers.seedExample());
      assertEquals(Status.ERROR, cut.status());
      assertTrue(cut.messages().get(0).toString().contains("without settling"), cut.messages().toString());
    }
    assertThrows(IllegalArgumentException.class, () -> OfferEvaluator.builder().maxRuleFirings(0));
  }

  @Test
  void nullArgumentsFailAtTheEntryPointWithAMessage() {
    OfferEvaluator e = Offers.shipped();
    assertEquals("offer must not be null", assertThrows(NullPointerException.class, () -> e.evaluate(null)).getMessage());
    assertEquals("evaluation date must not be null",
        assertThrows(NullPointerException.class, () -> e.evaluate(Offers.seedExample(), null, Explain.NONE)).getMessage());
    assertEquals("rulesDir must not be null",
        assertThrows(NullPointerException.class, () -> OfferEvaluator.fromDirectories(null, Path.of("data"))).getMessage());
    assertEquals("rules must not be null",
        assertThrows(NullPointerException.class, () -> OfferEvaluator.builder().rules(null)).getMessage());
  }

  @Test
  void bothFoldersMissingNamesBoth() {
    OfferEvalException e = assertThrows(OfferEvalException.class,
        () -> OfferEvaluator.fromDirectories(tmp.resolve("no-rules"), tmp.resolve("no-data")));
    List<String> files = e.problems().stream().map(Problem::file).toList();
    assertEquals(2, files.size(), e.getMessage());
    assertTrue(files.get(0).endsWith("no-rules") && files.get(1).endsWith("no-data"), files.toString());
    assertFalse(e instanceof RulesException || e instanceof DataException);
  }

  @Test
  void reloadTellsTheListenersAndAClosedEvaluatorRefusesWork() throws IOException {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    for (Map.Entry<String, String> f : texts(Path.of("rules"), "*.drl").entrySet()) {
      Files.writeString(rules.resolve(f.getKey()), f.getValue());
    }
    List<String> heard = new ArrayList<>();
    OfferEvaluator e = OfferEvaluator.builder().rules(Source.directory(rules)).data(Source.directory(Path.of("data")))
        .onReload(new ReloadListener() {
          @Override
          public void reloaded(OfferEvaluator evaluator) {
            heard.add("reloaded " + evaluator.fingerprint());
          }

          @Override
          public void reloadFailed(OfferEvaluator evaluator, OfferEvalException problem) {
            heard.add("failed " + problem.problems().get(0).file());
          }
        }).build();
    String before = e.fingerprint();
    Files.writeString(rules.resolve("zz.drl"), "package dev.offereval.rules;\n");
    e.reload();
    Files.writeString(rules.resolve("zz.drl"), "package dev.offereval.rules;\nrule \"x\" when then nonsense end\n");
    assertThrows(RulesException.class, e::reload);
    assertEquals(List.of("reloaded " + e.fingerprint(), "failed zz.drl"), heard);
    assertFalse(before.equals(e.fingerprint()));
    e.close();
    e.close();
    assertEquals("this OfferEvaluator is closed",
        assertThrows(IllegalStateException.class, () -> e.evaluate(Offers.seedExample())).getMessage());
    assertThrows(IllegalStateException.class, e::reload);
  }
}
