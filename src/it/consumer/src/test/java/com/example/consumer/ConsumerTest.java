package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.Source;
import dev.offereval.json.OfferEvalModule;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Component;
import dev.offereval.model.Evaluation;
import dev.offereval.model.InvalidInputException;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.OfferEvalException;
import dev.offereval.model.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/** What a project that depends on offer-evaluator does with it. */
class ConsumerTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 23);
  private static String slf4jStartup;

  @TempDir
  Path tmp;

  /** SLF4J reports its providers once, when first used: catch what it says. */
  @BeforeAll
  static void startLogging() {
    PrintStream err = System.err;
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
    try {
      LoggerFactory.getLogger(ConsumerTest.class).debug("start");
    } finally {
      System.setErr(err);
    }
    slf4jStartup = said.toString(StandardCharsets.UTF_8);
  }

  private static Offer seedExample() {
    return Offer.builder()
        .offerId("seed-example").company("Twilio").role("Data Engineer").level("L2").region("san-francisco")
        .base(Money.of(170_000, "USD")).stockGrant(Money.of(160_000, "USD")).bonusPct(10)
        .skills(List.of("cdp", "kafka", "flink", "feature-store"))
        .addCompeting(new CompetingOffer("Snowflake", "IC2", Money.of(195_000, "USD"), Money.of(230_000, "USD"), 4, null))
        .build();
  }

  @Test
  void logsThroughTheApplicationsOwnBackendAlone() {
    assertInstanceOf(LoggerContext.class, LoggerFactory.getILoggerFactory());
    assertEquals(1, ServiceLoader.load(SLF4JServiceProvider.class).stream().count());
    assertFalse(slf4jStartup.contains("SLF4J"), "SLF4J reported something at start-up: " + slf4jStartup);
    Logger log = (Logger) LoggerFactory.getLogger("com.example.consumer");
    ListAppender<ILoggingEvent> seen = new ListAppender<>();
    seen.start();
    log.addAppender(seen);
    PrintStream out = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    try (OfferEvaluator evaluator = OfferEvaluator.builder().evaluationDate(ON).build()) {
      log.info("evaluated {}: {}", "seed-example", evaluator.evaluate(seedExample()).status());
    } finally {
      System.setOut(out);
      log.detachAppender(seen);
    }
    assertEquals(List.of("evaluated seed-example: OK"), seen.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    // the line as this application's logback-test.xml formats it, on its console
    assertTrue(console.toString(StandardCharsets.UTF_8).contains("INFO c.example.consumer - evaluated seed-example: OK"),
        console.toString(StandardCharsets.UTF_8));
    System.out.println(console.toString(StandardCharsets.UTF_8));
  }

  @Test
  void commandLineJarsAreNotOnTheClassPath() {
    for (String type : List.of("picocli.CommandLine", "org.jsoup.Jsoup", "me.tongfei.progressbar.ProgressBar",
        "org.jline.terminal.Terminal", "com.fasterxml.jackson.dataformat.csv.CsvMapper", "org.slf4j.simple.SimpleLogger",
        "io.javalin.Javalin", "org.eclipse.jetty.server.Server", "org.openqa.selenium.WebDriver")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(type), type);
    }
    assertTrue(ConsumerTest.class.getResource("/simplelogger.properties") == null);
  }

  @Test
  void evaluatesTheSeedExampleAndABatch() {
    try (OfferEvaluator evaluator = OfferEvaluator.builder().evaluationDate(ON).build()) {
      Evaluation e = evaluator.evaluate(seedExample());
      assertEquals(Status.OK, e.status());
      assertEquals(5, e.levers().size());
      assertEquals(Money.of(195_000, "USD"), e.counter().orElseThrow().base());
      assertEquals(Money.of(230_000, "USD"), e.counter().orElseThrow().stockGrant());
      assertTrue(e.script().orElseThrow().startsWith("I'm excited about building the data foundation for CustomerAI"));
      assertEquals(ON, e.evaluatedOn());

      List<Offer> batch = List.of(seedExample(),
          seedExample().toBuilder().offerId("l3").level("L3").build(),
          seedExample().toBuilder().offerId("denver").region("denver").competing(List.of()).build());
      List<Evaluation> out = evaluator.evaluateAll(batch);
      assertEquals(List.of("seed-example", "l3", "denver"), out.stream().map(Evaluation::offerId).toList());
      assertEquals(List.of(Status.OK, Status.NO_BAND, Status.OK), out.stream().map(Evaluation::status).toList());
    }
  }

  @Test
  void badInputIsNamedWithItsValue() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.of("170k", "USD"));
    assertEquals("amount", e.problems().get(0).field());
    assertTrue(e.getMessage().contains("170k"));
    assertInstanceOf(OfferEvalException.class, e);
  }

  @Test
  void jsonRoundTripsOnTheApplicationsOwnMapper() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new OfferEvalModule());
    try (OfferEvaluator evaluator = OfferEvaluator.builder().evaluationDate(ON).build()) {
      Evaluation e = evaluator.evaluate(seedExample());
      String json = mapper.writeValueAsString(e);
      Evaluation back = mapper.readValue(json, Evaluation.class);
      assertEquals(json, mapper.writeValueAsString(back));
      assertEquals(e.levers(), back.levers());
      assertEquals(e.band().orElse(null), back.band().orElse(null));
      assertEquals(e.position(Component.BASE).orElseThrow().zone(), back.position(Component.BASE).orElseThrow().zone());
      assertEquals(seedExample(), mapper.readValue(mapper.writeValueAsString(seedExample()), Offer.class));
    }
  }

  private static String marketDemand(Evaluation e) {
    return e.levers().stream().filter(l -> l.id().equals("competing-market-demand")).findFirst().orElseThrow().reason();
  }

  @Test
  void editsACopyOfTheRulesAndReloads() throws IOException {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    try (Stream<Path> s = Files.list(Source.bundledRules().folder())) {
      for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".drl")).toList()) {
        Files.writeString(rules.resolve(p.getFileName().toString()), Files.readString(p));
      }
    }
    List<String> reloads = new java.util.ArrayList<>();
    try (OfferEvaluator evaluator = OfferEvaluator.builder().rules(Source.directory(rules)).evaluationDate(ON)
        .onReload(ev -> reloads.add(ev.fingerprint())).build()) {
      String before = marketDemand(evaluator.evaluate(seedExample()));
      assertTrue(before.contains(", a data-platform peer at an equivalent level,"), before);

      // a decision edited in the copy: the market-demand lever now counts no peer group the data has
      Path levers = rules.resolve("levers.drl");
      String text = Files.readString(levers);
      assertTrue(text.contains("group == \"data-platform\""), "levers.drl names the data-platform group");
      Files.writeString(levers, text.replace("group == \"data-platform\"", "group == \"no-such-group\""));
      evaluator.reload();

      assertTrue(evaluator.evaluate(seedExample()).levers().stream()
          .noneMatch(l -> l.id().equals("competing-market-demand")));
      assertEquals(List.of(evaluator.fingerprint()), reloads);
    }
  }
}
