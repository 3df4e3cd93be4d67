package dev.offereval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.offereval.Offers;
import dev.offereval.engine.Explain;
import dev.offereval.io.EvaluationJson;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.Status;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfferEvalModuleTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 23);

  /** Every row of the shipped sample: OK, NO_BAND, INVALID, pounds, rates, competing offers set aside. */
  private static List<Evaluation> sample() throws Exception {
    List<Evaluation> out = new ArrayList<>();
    for (OfferRow row : new OfferCsvReader(Offers.shipped().data()).read(Path.of("data/offers/sample-offers.csv")).rows()) {
      out.add(row.valid() ? Offers.shipped().evaluate(row.offer(), ON, Explain.RULE_TRACE)
          : Evaluation.invalid(row.offerId(), row.errors(), Offers.shipped().fingerprint(), ON));
    }
    return out;
  }

  @Test
  void aPlainMapperWithTheModuleWritesWhatTheCliPrints() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new OfferEvalModule())
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).enable(SerializationFeature.INDENT_OUTPUT).build();
    for (Evaluation e : sample()) {
      assertEquals(EvaluationJson.writer().writeValueAsString(EvaluationJson.of(e)), mapper.writeValueAsString(e));
    }
  }

  @Test
  void everySampleEvaluationReadsBackToTheSameJson() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new OfferEvalModule());
    Set<Status> seen = EnumSet.noneOf(Status.class);
    for (Evaluation e : sample()) {
      String json = mapper.writeValueAsString(e);
      Evaluation back = mapper.readValue(json, Evaluation.class);
      assertEquals(json, mapper.writeValueAsString(back), e.offerId());
      assertEquals(e.status(), back.status());
      assertEquals(e.levers(), back.levers());
      assertEquals(e.band().orElse(null), back.band().orElse(null));
      assertEquals(e.trace(), back.trace());
      assertEquals(e.script().orElse(null), back.script().orElse(null));
      seen.add(e.status());
    }
    assertEquals(EnumSet.of(Status.OK, Status.NO_BAND, Status.INVALID), seen);
  }

  @Test
  void aLaterRoundsComparisonReadsBackToTheSameJsonAndOtherEvaluationsHaveNone() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new OfferEvalModule());
    Evaluation first = Offers.shipped().evaluate(Offers.seedExample(), ON, Explain.NONE);
    assertEquals(null, first.roundComparison());
    assertFalse(mapper.writeValueAsString(first).contains("round_comparison"));
    dev.offereval.model.Offer revised = Offers.seedExample().toBuilder().base(dev.offereval.model.Money.of(185_000, "USD"))
        .build();
    Evaluation e = Offers.shipped().evaluateRound(revised,
        dev.offereval.model.PreviousRound.of(1, Offers.seedExample(), first), ON, Explain.NONE,
        dev.offereval.engine.Plausibility.WARN);
    String json = mapper.writeValueAsString(e);
    Evaluation back = mapper.readValue(json, Evaluation.class);
    assertEquals(json, mapper.writeValueAsString(back));
    assertEquals(dev.offereval.model.Decision.TRADE, back.decision());
    assertEquals(new java.math.BigDecimal("36.67"), back.roundComparison().gapClosedPct());
    assertEquals(e.roundComparison().components(), back.roundComparison().components());
    // the rest as a sign-on would be $114,000, 61.63% of the base, over policy's 25%: stock covers it
    assertEquals(dev.offereval.model.Component.STOCK, back.roundComparison().cover());
  }

  @Test
  void theSeedCounterComesBackEqual() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new OfferEvalModule());
    Evaluation e = Offers.shipped().evaluate(Offers.seedExample(), ON, Explain.NONE);
    Evaluation back = mapper.readValue(mapper.writeValueAsString(e), Evaluation.class);
    // money compares by value; the uplift comes back at the two places written
    assertEquals(e.counter().orElseThrow().base(), back.counter().orElseThrow().base());
    assertEquals(e.counter().orElseThrow().stockGrant(), back.counter().orElseThrow().stockGrant());
    assertEquals(e.counter().orElseThrow().totalComp(), back.counter().orElseThrow().totalComp());
    assertEquals(e.counter().orElseThrow().reasons(), back.counter().orElseThrow().reasons());
    assertEquals(new java.math.BigDecimal("19.82"), back.counter().orElseThrow().upliftPct());
    assertEquals(e.offerTotalComp(), back.offerTotalComp());
    assertEquals(e.competing().get(0).offer(), back.competing().get(0).offer());
  }

  @Test
  void anOfferIsOneFlatObjectAndReadsBackEqual() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new OfferEvalModule());
    Offer seed = Offers.seedExample();
    String json = mapper.writeValueAsString(seed);
    assertTrue(json.startsWith("{\"offer_id\":\"seed\",\"company\":\"Twilio\",\"role\":\"Data Engineer\",\"level\":\"L2\","
        + "\"region\":\"san-francisco\",\"currency\":\"USD\",\"base\":170000,\"stock_grant\":160000,\"vest_years\":4,"
        + "\"bonus_pct\":10,"), json);
    assertTrue(json.contains("\"competing\":[{\"company\":\"Snowflake\",\"level\":\"IC2\",\"currency\":\"USD\","
        + "\"base\":195000,\"stock_grant\":230000,\"vest_years\":4,\"bonus_pct\":null,"
        + "\"vest_schedule\":\"even over 4 years\",\"vesting_assumed\":false}],\"vest_schedule\":\"even over 4 years\"}"),
        json);
    assertEquals(seed, mapper.readValue(json, Offer.class));
  }

  @Test
  void moneyOutsideTheFixedShapesIsAnAmountWithItsCurrency() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new OfferEvalModule());
    assertEquals("{\"amount\":1234.57,\"currency\":\"USD\"}", mapper.writeValueAsString(Money.of("1234.5678", "USD")));
    assertEquals(Money.of("1234.57", "USD"), mapper.readValue("{\"amount\":1234.57,\"currency\":\"USD\"}", Money.class));
  }
}
