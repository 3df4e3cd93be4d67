package dev.offereval.io;

import dev.offereval.model.DataException;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.offereval.model.DataIssue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A rule scenario file: YAML that a rule author writes without Java.
 *
 * <pre>
 * scenarios:
 *   - name: The guide's worked example gets all five levers
 *     as-of: 2026-11-23            # optional; default: the run's date
 *     strict: true                 # optional; as offer-eval --strict
 *     given:                       # the same fields as an offers CSV row
 *       company: Twilio
 *       ...
 *     competing:                   # optional: more competing offers, columns without competing_
 *       - { company: Google, level: L3, base: 198000, stock_grant: 150000, bonus_pct: 15 }
 *     rounds:                      # optional: a negotiation's later rounds, each what the recruiter
 *       - { base: 185000, sign_on: 10000 }   # revised (base, stock_grant, bonus_pct or bonus, sign_on,
 *       - { }                                # vest_schedule), as negotiation round takes it; the
 *                                            # expectations are the last round's
 *     expect:
 *       status: OK
 *       levers: [cdp-pipeline-expertise]      # present
 *       not-levers: [competing-market-demand] # absent
 *       zones: { base: IN_BAND }
 *       counter: { base: 195000, stock_grant: { min: 200000, max: 240000 }, capped: [] }
 *       script-contains: ["$195K base"]
 *       messages-contain: ["no band"]
 *       messages-not-contain: ["implausible"]
 *       no-counter: true             # neither a counter-offer nor a script
 *       stale: false
 *       decision: COUNTER                     # or ACCEPT_AS_OFFERED; after rounds, ACCEPT, TRADE, HOLD or DECIDE
 *       anchor: Snowflake IC2                 # the anchor's label, or "band target"
 *       comparison-view: 4-year average
 *       per-year: { offer: [227000, 227000, 227000, 227000], Snowflake IC2: [...] }  # totals, years 1-4
 *       verdicts-contain: { Google L3: "does not raise the counter" }
 *       levelling-contains: ["ask Twilio whether your experience fits L3"]
 *       talking-point-contains: ["Apache Flink"]       # in some lever's talking point
 *       talking-point-not-contains: ["Segment"]        # in none of them
 * </pre>
 */
public record ScenarioFile(String file, List<Scenario> scenarios) {

  /**
   * One scenario; {@code given} maps offers-CSV column names to values; {@code competing} adds
   * competing offers, each keyed by the competing columns without their prefix ({@code company},
   * {@code level}, {@code base}, {@code stock_grant}, ...); {@code rounds}, when given, are a
   * negotiation's later rounds, each the fields the recruiter revised ({@link RoundRevision#FIELDS}),
   * and the expectations are then the last round's.
   */
  public record Scenario(String name, String asOf, Boolean strict, Map<String, String> given,
      List<Map<String, String>> competing, List<Map<String, String>> rounds, Expect expect) {}

  /** What a scenario expects. Every field is optional; a counter value is a number or {min, max}. */
  public record Expect(
      String status,
      List<String> levers,
      List<String> notLevers,
      Map<String, String> zones,
      Map<String, Object> counter,
      List<String> scriptContains,
      List<String> messagesContain,
      List<String> messagesNotContain,
      Boolean noCounter,
      Boolean stale,
      List<String> rulesFired,
      String decision,
      String anchor,
      String comparisonView,
      Map<String, List<String>> perYear,
      Map<String, String> verdictsContain,
      List<String> levellingContains,
      List<String> talkingPointContains,
      List<String> talkingPointNotContains,
      List<String> scriptNotContains) {}

  record Doc(List<Scenario> scenarios) {}

  /** Reads one scenario file; a problem is thrown with the file, line and reason. */
  public static ScenarioFile read(Path file, String name) throws DataException {
    try {
      byte[] bytes = Files.readAllBytes(file);
      Yaml.rejectAliases(bytes, name);
      Doc doc = Yaml.MAPPER.readValue(bytes, Doc.class);
      if (doc == null || doc.scenarios() == null || doc.scenarios().isEmpty()) {
        throw new DataException(List.of(new DataIssue(name, 0, "scenarios", "lists no scenarios")));
      }
      for (int i = 0; i < doc.scenarios().size(); i++) {
        Scenario s = doc.scenarios().get(i);
        if (s.name() == null || s.given() == null || s.expect() == null) {
          throw new DataException(List.of(new DataIssue(name, 0, "scenarios[" + i + "]",
              "needs a name, given and expect")));
        }
      }
      return new ScenarioFile(name, doc.scenarios());
    } catch (JsonProcessingException e) {
      throw new DataException(List.of(Yaml.issue(name, e)));
    } catch (IOException e) {
      throw new DataException(List.of(new DataIssue(name, 0, "", "cannot read: " + e.getMessage())));
    }
  }
}
