package dev.offereval.engine;

import static dev.offereval.engine.RuleFacts.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offereval.Offers;
import dev.offereval.model.internal.LeverApplied;
import dev.offereval.model.internal.LeverNeeds;
import dev.offereval.model.internal.Lever;
import dev.offereval.model.internal.Said;
import dev.offereval.model.internal.SkillNames;
import dev.offereval.model.internal.SkillTag;
import dev.offereval.model.internal.SkillsShown;
import dev.offereval.model.internal.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rules/data-levers.drl alone, on the shipped levers and skill tags (data/levers.yaml,
 * data/expertise.yaml): a skill the data tags for an area is shown, and a lever with
 * {@code applies-when} applies when the skills shown meet every all-of term and one any-of term,
 * within its company and role. Reads SkillsShown (an input, made as the offer goes in) and Lever;
 * writes LeverApplied.
 */
class DataLeversFileTest {
  private static final String SEGMENT = "segment-customerai-data-pipeline";
  private static RuleFileHarness dataLevers;

  @BeforeAll
  static void compile() {
    dataLevers = RuleFileHarness.of("data-levers.drl");
  }

  // ---- facts ----

  private record Fired(Subject s, RuleFileHarness.Fired fired) {
    List<LeverApplied> levers() {
      return fired.inserted(LeverApplied.class);
    }

    List<String> ids() {
      return levers().stream().map(LeverApplied::leverId).sorted().toList();
    }

    LeverApplied lever(String id) {
      List<LeverApplied> l = levers().stream().filter(a -> a.leverId().equals(id)).toList();
      assertEquals(1, l.size(), levers().toString());
      assertEquals("lever-from-data", l.get(0).reason().code());
      return l.get(0);
    }
  }

  private static Fired fire(Offers.Builder offer, List<Lever> levers) {
    Subject s = subject(offer);
    List<Object> facts = new ArrayList<>(levers);
    facts.addAll(InputFacts.of(s, SKILL_TAGS));
    return new Fired(s, dataLevers.fire(facts.toArray()));
  }

  private static final Map<String, List<SkillTag>> SKILL_TAGS = SkillsShown.byTag(RuleFacts.data().skillTags());

  /** The skills an offer listing {@code skills} shows, as it goes into the session with them. */
  private static SkillsShown shown(String... skills) {
    return SkillsShown.of(subject(Offers.twilioSf().skills(skills)), SKILL_TAGS);
  }

  /** The shipped levers for a Twilio Data Engineer offer listing {@code skills}. */
  private static Fired skills(String... skills) {
    return fire(Offers.twilioSf().skills(skills), RuleFacts.data().levers());
  }

  private static Said needs(List<String> anyOf, List<String> allOf) {
    return new LeverNeeds(anyOf, allOf, null).said();
  }

  // ---- skills shown: read off the offer as it goes in, one fact ----

  @Test
  void aSkillTheDataTagsIsShownInItsAreaUnderItsName() {
    SkillsShown k = shown("kafka", "excel");
    assertEquals(List.of(new SkillTag("kafka", "streaming", "Kafka", "Real-time streaming")), k.skills());
  }

  @Test
  void theSkillsShownAreOneFactNamingTheirAreasAndTheCandidatesSkills() {
    SkillsShown k = shown("segment", "cdp", "excel", "kafka");
    assertEquals(List.of("cdp", "kafka", "segment"), k.skills().stream().map(SkillTag::tag).toList());
    assertEquals(new TreeSet<>(Set.of("Customer data platforms", "Real-time streaming")), k.areaTitles());
    assertEquals("customer data platforms, Kafka and Segment", SkillsShown.spoken(k.skills()));
  }

  @Test
  void nearMissASkillTheDataDoesNotTagIsNotShownAndNothingFires() {
    assertEquals(null, shown("kafka-connect"));
    assertEquals(List.of(), skills("kafka-connect").fired().facts());
  }

  // ---- a global lever: any of one area ----

  @Test
  void kafkaHoldsTheStreamingLeverNamingKafka() {
    LeverApplied l = skills("kafka").lever("real-time-streaming");
    assertEquals(Map.of("skills", new TreeSet<>(Set.of("kafka")), "needs", needs(List.of("streaming"), List.of()),
        "scoped", false), l.reason().values());
    // the skills are named in words when the talking point is rendered, after firing
    assertEquals(Map.of("skills", new SkillNames(List.of(new SkillTag("kafka", "streaming", "Kafka", "Real-time streaming"))),
        "company", "Twilio", "role", "Data Engineer"), l.values());
    assertEquals("Kafka", ((SkillNames) l.values().get("skills")).spoken());
  }

  @Test
  void twoStreamingSkillsAreBothNamedAsEvidence() {
    LeverApplied l = skills("flink", "kafka").lever("real-time-streaming");
    assertEquals(new TreeSet<>(Set.of("flink", "kafka")), l.reason().values().get("skills"));
  }

  @Test
  void nearMissKafkaConnectHoldsNoLever() {
    assertEquals(List.of(), skills("kafka-connect").levers());
  }

  @Test
  void aSkillWrittenInAnotherCaseStillHoldsItsLever() {
    assertEquals(List.of("cdp-pipeline-expertise"), skills("Segment").ids());
  }

  @Test
  void aLeverThatARuleAppliesIsNeverAppliedFromData() {
    // competing-market-demand has no applies-when: levers.drl applies it
    assertEquals(List.of("ai-ml-data-infrastructure", "cdp-pipeline-expertise", "real-time-streaming"),
        fire(Offers.twilioSf().company("Example Corp").skills("cdp", "kafka", "feature-store"),
            RuleFacts.data().levers()).ids());
  }

  // ---- a company's lever: all of cdp, any of streaming or ML infrastructure, Data Engineer only ----

  @Test
  void aTwilioDataEngineerWithCdpAndStreamingHoldsTheSegmentLever() {
    LeverApplied l = skills("cdp", "flink").lever(SEGMENT);
    Map<String, Object> why = l.reason().values();
    assertEquals(new TreeSet<>(Set.of("cdp", "flink")), why.get("skills"));
    assertEquals(needs(List.of("streaming", "ml-infrastructure"), List.of("cdp")), why.get("needs"));
    assertEquals(true, why.get("scoped"));
    assertEquals("Twilio", why.get("company"));
    assertEquals("Data Engineer", why.get("role"));
    assertEquals("Twilio", l.values().get("company"));
  }

  @Test
  void aTwilioDataEngineerWithCdpAndMlInfrastructureHoldsTheSegmentLever() {
    assertEquals(new TreeSet<>(Set.of("rudderstack", "tecton")),
        skills("rudderstack", "tecton").lever(SEGMENT).reason().values().get("skills"));
  }

  @Test
  void nearMissCdpAloneMeetsTheAllOfButNoAnyOfTerm() {
    assertEquals(List.of("cdp-pipeline-expertise"), skills("cdp").ids());
  }

  @Test
  void nearMissEveryAnyOfOptionWithoutTheAllOfTermHoldsNoSegmentLever() {
    assertEquals(List.of("ai-ml-data-infrastructure", "real-time-streaming"), skills("kafka", "feature-store").ids());
  }

  @Test
  void nearMissAnotherCompanyHoldsNoSegmentLever() {
    assertEquals(List.of("cdp-pipeline-expertise", "real-time-streaming"),
        fire(Offers.twilioSf().company("Example Corp").skills("cdp", "kafka"), RuleFacts.data().levers()).ids());
  }

  @Test
  void nearMissAnotherRoleAtTwilioHoldsNoSegmentLever() {
    assertEquals(List.of("cdp-pipeline-expertise", "real-time-streaming"),
        fire(Offers.twilioSf().role("Analytics Engineer").skills("cdp", "kafka"), RuleFacts.data().levers()).ids());
  }

  // ---- terms that are skill tags ----

  private static final Lever FLINK_ONLY = new Lever("flink-only", "Flink", "global", null, false, "{skills}", null,
      null, new LeverNeeds(List.of("flink"), List.of(), null), null);

  @Test
  void aLeverNamingASkillTagIsHeldByThatSkill() {
    LeverApplied l = fire(Offers.twilioSf().skills("flink", "kafka"), List.of(FLINK_ONLY)).lever("flink-only");
    // only the skill that meets the term is evidence, never the area's other skills
    assertEquals(new TreeSet<>(Set.of("flink")), l.reason().values().get("skills"));
    assertEquals("Apache Flink", ((SkillNames) l.values().get("skills")).spoken());
  }

  @Test
  void nearMissAnotherSkillOfTheSameAreaDoesNotHoldALeverNamingATag() {
    assertEquals(List.of(), fire(Offers.twilioSf().skills("kafka"), List.of(FLINK_ONLY)).levers());
  }
}
