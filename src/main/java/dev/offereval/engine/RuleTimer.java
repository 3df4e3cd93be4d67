package dev.offereval.engine;

import java.util.HashMap;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * Times the firings in one session for {@link RuleTimings}, and counts the facts inserted while
 * they run: it keeps its own figures while the session runs, so sessions on other threads never
 * wait for each other, and hands them over once, in {@link #recordInto}.
 */
final class RuleTimer extends DefaultAgendaEventListener {
  private final Map<String, long[]> byRule = new HashMap<>();
  private final long started = System.nanoTime();
  private long lastEnd = started;
  private long firingStart;
  private boolean firing;
  private long factsInserted;

  /** Counts the inserts made once firing has started: the rules' own, logical ones too. */
  private final DefaultRuleRuntimeEventListener inserts = new DefaultRuleRuntimeEventListener() {
    @Override
    public void objectInserted(ObjectInsertedEvent event) {
      if (firing) {
        factsInserted++;
      }
    }
  };

  /** Starts listening to {@code session}; call before inserting the chunk's facts. */
  void attach(KieSession session) {
    session.addEventListener(this);
    session.addEventListener(inserts);
  }

  /** Stops listening to {@code session}. */
  void detach(KieSession session) {
    session.removeEventListener(this);
    session.removeEventListener(inserts);
  }

  /**
   * Call just before {@code fireAllRules}: the first rule's time before firing starts here, not at
   * the inserts, and inserts from here on are the rules' (the chunk's facts, inserted from Java
   * before, are not counted).
   */
  void startFiring() {
    lastEnd = System.nanoTime();
    firing = true;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    firingStart = System.nanoTime();
    long[] t = byRule.computeIfAbsent(event.getMatch().getRule().getName(), k -> new long[3]);
    t[2] += firingStart - lastEnd;
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    lastEnd = System.nanoTime();
    long[] t = byRule.computeIfAbsent(event.getMatch().getRule().getName(), k -> new long[3]);
    t[0]++;
    t[1] += lastEnd - firingStart;
  }

  /** Adds this session's figures, for {@code offers} offers, to {@code timings}. */
  void recordInto(RuleTimings timings, int offers) {
    timings.add(byRule, offers, factsInserted, System.nanoTime() - started);
  }
}
