package dev.offereval.engine;

import java.util.HashMap;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Times the firings in one session for {@link RuleTimings}: it keeps its own figures while the
 * session runs, so sessions on other threads never wait for each other, and hands them over once,
 * in {@link #recordInto}.
 */
final class RuleTimer extends DefaultAgendaEventListener {
  private final Map<String, long[]> byRule = new HashMap<>();
  private final long started = System.nanoTime();
  private long lastEnd = started;
  private long firingStart;

  /** Call just before {@code fireAllRules}: the first rule's time before firing starts here, not at the inserts. */
  void startFiring() {
    lastEnd = System.nanoTime();
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
    timings.add(byRule, offers, System.nanoTime() - started);
  }
}
