package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * One test per lever rule in rules/levers.drl, each with a near miss, on the shipped rules and
 * data. Offers are synthetic; bands are the seed's.
 */
class LeverRulesTest {

  private static Evaluation evaluate(Offers.Builder b) {
    return Offers.shipped().evaluate(b.build());
  }

  @Test
  void cdpSkillHoldsTheCdpLever() {
    Evaluation e = evaluate(Offers.twilioSf().skills("Segment"));
    assertTrue(e.hasLever("cdp-pipeline-expertise"), e.levers().toString());
    assertTrue(lever(e, "cdp-pipeline-expertise").reason().contains("segment"));
  }

  @Test
  void nearMissSkillThatIsNotACdpTagHoldsNoCdpLever() {
    Evaluation e = evaluate(Offers.twilioSf().skills("segmentation", "crm"));
    assertFalse(e.hasLever("cdp-pipeline-expertise"));
  }

  @Test
  void kafkaHoldsTheStreamingLever() {
    Evaluation e = evaluate(Offers.twilioSf().skills("kafka"));
    assertTrue(e.hasLever("real-time-streaming"));
    assertEquals("skills kafka meet what the lever needs (any of streaming)", lever(e, "real-time-streaming").reason());
    assertEquals("My background in Kafka brings real-time streaming experience to this role.",
        lever(e, "real-time-streaming").talkingPoint());
    assertTrue(lever(e, "real-time-streaming").guideWords().contains("Kafka, Flink"), "the guide's words stay beside it");
    assertTrue(lever(e, "real-time-streaming").source().endsWith("Global Levers 2 (000_89e5badf11359f5c.txt:27)"));
  }

  @Test
  void nearMissKafkaConnectIsNotAStreamingTag() {
    assertFalse(evaluate(Offers.twilioSf().skills("kafka-connect")).hasLever("real-time-streaming"));
  }

  @Test
  void featureStoreHoldsTheMlInfrastructureLever() {
    assertTrue(evaluate(Offers.twilioSf().skills("feature-store")).hasLever("ai-ml-data-infrastructure"));
  }

  @Test
  void nearMissFeatureEngineeringIsNotAnMlInfrastructureTag() {
    assertFalse(evaluate(Offers.twilioSf().skills("feature-engineering")).hasLever("ai-ml-data-infrastructure"));
  }

  @Test
  void higherOfferFromADataPlatformPeerHoldsTheMarketDemandLever() {
    // Databricks leaves its bonus unknown, so both compare before bonus: the offer 170,000 +
    // 160,000/4 = 210,000 a year; Databricks 200,000 + 120,000/4 = 230,000
    Evaluation e = evaluate(Offers.twilioSf().competing("Databricks", "IC2", "200000", "120000", "USD"));
    AppliedLever l = lever(e, "competing-market-demand");
    // quoted as offered: base and stock, never a converted or partial total
    assertEquals("My competing offer from Databricks at $200K base and $120K in stock reflects what the market pays"
        + " for this role today.", l.talkingPoint());
    assertTrue(l.reason().contains("$230,000 a year before bonus (4-year average) against this offer's $210,000"),
        l.reason());
  }

  @Test
  void aCompetingGrantOnAnotherScheduleIsQuotedWithItsVesting() {
    // quoted as offered: $180K over three years is not $180K over four
    Evaluation e = evaluate(Offers.twilioSf().competing("Snowflake", "IC2", "190000", "180000", 3, null, "USD"));
    assertEquals("My competing offer from Snowflake at $190K base and $180K in stock vesting evenly over three years"
        + " reflects what the market pays for this role today.", lever(e, "competing-market-demand").talkingPoint());
  }

  @Test
  void nearMissPeerOfferWorthExactlyTheSameHoldsNoMarketDemandLever() {
    // before bonus, as Databricks leaves it unknown: 180,000 + 120,000/4 = 210,000, equal to the
    // offer's 170,000 + 160,000/4, not above it
    Evaluation e = evaluate(Offers.twilioSf().competing("Databricks", "IC2", "180000", "120000", "USD"));
    assertFalse(e.hasLever("competing-market-demand"));
  }

  @Test
  void nearMissHigherOfferFromACompanyThatIsNotADataPlatformPeer() {
    Evaluation e = evaluate(Offers.twilioSf().competing("Google", "L3", "250000", "200000", "USD"));
    assertFalse(e.hasLever("competing-market-demand"));
  }

  @Test
  void marketDemandCitesTheStrongestPeerOffer() {
    Evaluation e = evaluate(Offers.twilioSf()
        .competing("Snowflake", "IC2", "200000", "120000", "USD")
        .competing("Databricks", "IC2", "210000", "120000", "USD"));
    assertTrue(lever(e, "competing-market-demand").talkingPoint().contains("Databricks"));
  }

  @Test
  void twilioDataEngineerWithCdpAndStreamingHoldsTheSegmentCustomerAiLever() {
    Evaluation e = evaluate(Offers.twilioSf().skills("cdp", "flink"));
    AppliedLever l = lever(e, "segment-customerai-data-pipeline");
    assertEquals("company-specific", l.category());
    assertTrue(l.talkingPoint().contains("My work with customer data platforms and Apache Flink is"), l.talkingPoint());
  }

  @Test
  void twilioDataEngineerWithCdpAndMlInfrastructureHoldsTheSegmentCustomerAiLever() {
    assertTrue(evaluate(Offers.twilioSf().skills("rudderstack", "tecton")).hasLever("segment-customerai-data-pipeline"));
  }

  @Test
  void nearMissCdpAloneDoesNotHoldTheSegmentCustomerAiLever() {
    assertFalse(evaluate(Offers.twilioSf().skills("cdp")).hasLever("segment-customerai-data-pipeline"));
  }

  @Test
  void nearMissStreamingAndMlInfrastructureWithoutCdpDoNotHoldTheSegmentCustomerAiLever() {
    // every any-of option shown, the all-of term missing
    Evaluation e = evaluate(Offers.twilioSf().skills("kafka", "feature-store"));
    assertFalse(e.hasLever("segment-customerai-data-pipeline"));
    assertTrue(e.hasLever("real-time-streaming"));
  }

  @Test
  void nearMissAnotherCompanyDoesNotHoldTheSegmentCustomerAiLever() {
    Evaluation e = evaluate(Offers.twilioSf().company("Example Corp").skills("cdp", "kafka"));
    assertFalse(e.hasLever("segment-customerai-data-pipeline"));
    assertTrue(e.hasLever("cdp-pipeline-expertise"));
  }

  static AppliedLever lever(Evaluation e, String id) {
    return e.levers().stream().filter(l -> l.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no lever " + id + " in " + e.levers()));
  }
}
