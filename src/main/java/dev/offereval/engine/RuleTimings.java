package dev.offereval.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the rules' time goes, rule by rule, across the evaluations of every evaluator that records
 * into it ({@link OfferEvaluator#withRuleTimings(RuleTimings)}): for rule authors and for
 * performance work, to find the rules that cost most. Thread-safe.
 *
 * <p>A listener on each session notes the time of every firing. For each rule it adds up:
 *
 * <ul>
 *   <li>{@code consequence}: from the start of each firing to its end: the rule's {@code then} part
 *       and the inserts it makes travelling into the network;
 *   <li>{@code beforeFiring}: from the end of the previous firing in the session (or the call to
 *       {@code fireAllRules}, after the offers are inserted) to the start of this one. Drools evaluates a rule's conditions lazily,
 *       just before it fires, so this is mostly this rule's matching, but it also holds the matching of
 *       rules that were evaluated and did not fire. Read it as approximate.
 * </ul>
 *
 * <p>What neither covers (inserting the offers, reading the results out, disposing the session) is
 * in {@link #outsideFiring()}. The listener itself adds a little to every firing, so timed runs are
 * slower than untimed ones; compare rules with each other, not with an untimed run.
 *
 * <p>It also counts the work the rules do, which does not depend on the machine: {@link #firings()}
 * in all, and {@link #factsInserted()}, the facts the rules insert while they fire (logical inserts
 * too; not the reference facts, nor the offers, rates and date an evaluation inserts before firing).
 * Divided by {@link #offers()}, they are the rules' firings and derived facts an offer.
 */
public final class RuleTimings {
  /**
   * One rule's totals.
   *
   * @param rule the rule's name
   * @param firings how often it fired
   * @param consequence time in its {@code then} part and the inserts it made
   * @param beforeFiring time just before its firings, mostly its matching (approximate; see the class)
   */
  public record RuleTiming(String rule, long firings, Duration consequence, Duration beforeFiring) {
    /**
     * One rule's totals; nothing may be null.
     *
     * @param rule the rule's name
     * @param firings how often it fired
     * @param consequence time in its {@code then} part and the inserts it made
     * @param beforeFiring time just before its firings, mostly its matching
     * @throws NullPointerException when the rule or a time is null
     */
    public RuleTiming {
      Objects.requireNonNull(rule, "rule must not be null");
      Objects.requireNonNull(consequence, "consequence must not be null");
      Objects.requireNonNull(beforeFiring, "beforeFiring must not be null");
    }

    /**
     * The consequence and the time before firing together.
     *
     * @return the sum
     */
    public Duration total() {
      return consequence.plus(beforeFiring);
    }
  }

  private final Map<String, long[]> byRule = new HashMap<>();
  private long offers;
  private long factsInserted;
  private long sessionNanos;
  private long firingNanos;

  /** Empty timings, to record into. */
  public RuleTimings() {}

  /**
   * Adds one session's figures: {@code rules} holds firings, consequence and before-firing
   * nanoseconds a rule; {@code factsInserted} the facts its rules inserted.
   */
  synchronized void add(Map<String, long[]> rules, int offers, long factsInserted, long sessionNanos) {
    long firing = 0;
    for (Map.Entry<String, long[]> e : rules.entrySet()) {
      long[] mine = byRule.computeIfAbsent(e.getKey(), k -> new long[3]);
      for (int i = 0; i < 3; i++) {
        mine[i] += e.getValue()[i];
      }
      firing += e.getValue()[1] + e.getValue()[2];
    }
    this.offers += offers;
    this.factsInserted += factsInserted;
    this.sessionNanos += sessionNanos;
    this.firingNanos += firing;
  }

  /**
   * Every rule that fired, the most time first (ties by name).
   *
   * @return the rules' totals
   */
  public synchronized List<RuleTiming> byTotal() {
    List<RuleTiming> out = new ArrayList<>(byRule.size());
    byRule.forEach((rule, t) -> out.add(new RuleTiming(rule, t[0], Duration.ofNanos(t[1]), Duration.ofNanos(t[2]))));
    out.sort(Comparator.comparing(RuleTiming::total).reversed().thenComparing(RuleTiming::rule));
    return out;
  }

  /**
   * Offers evaluated with these timings on.
   *
   * @return the count
   */
  public synchronized long offers() {
    return offers;
  }

  /**
   * Rule firings in all, of every rule, over {@link #offers()}.
   *
   * @return the count
   */
  public synchronized long firings() {
    long all = 0;
    for (long[] t : byRule.values()) {
      all += t[0];
    }
    return all;
  }

  /**
   * Facts the rules inserted while they fired, logical inserts included, over {@link #offers()}:
   * not the reference facts, nor what an evaluation inserts before firing (the offers, their
   * currencies' rates, the evaluation date, the strict-checking marker).
   *
   * @return the count
   */
  public synchronized long factsInserted() {
    return factsInserted;
  }

  /**
   * Time in the timed sessions outside any rule's figures: inserting the offers, matching after the
   * last firing, reading the evaluations out and disposing of the session.
   *
   * @return the time
   */
  public synchronized Duration outsideFiring() {
    return Duration.ofNanos(Math.max(0, sessionNanos - firingNanos));
  }

  /**
   * Time from taking each timed session to giving it back, in all.
   *
   * @return the time
   */
  public synchronized Duration inSessions() {
    return Duration.ofNanos(sessionNanos);
  }
}
