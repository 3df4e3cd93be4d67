package dev.offereval.engine;

import dev.offereval.model.RuleFiring;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records which rules fired, in order, to report them and to name a failing rule; with {@code
 * trace}, also the facts each firing matched, for explanations.
 */
final class FiredRules extends DefaultAgendaEventListener {
  /** Longest text kept for one matched fact in a trace. */
  static final int MAX_FACT_CHARS = 300;

  private final LinkedHashSet<String> names = new LinkedHashSet<>();
  private final List<RuleFiring> trace;
  private final Set<Object> quiet;
  private String current = "";
  private String last = "";

  /**
   * @param trace whether to keep every firing with its facts
   * @param referenceFacts the data every evaluation shares, described more briefly in a trace
   */
  FiredRules(boolean trace, Set<Object> referenceFacts) {
    this.trace = trace ? new ArrayList<>() : null;
    this.quiet = referenceFacts;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    current = event.getMatch().getRule().getName();
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    last = event.getMatch().getRule().getName();
    names.add(last);
    if (trace != null) {
      List<String> facts = new ArrayList<>();
      for (Object o : event.getMatch().getObjects()) {
        facts.add(describe(o));
      }
      trace.add(new RuleFiring(last, facts));
    }
  }

  private String describe(Object o) {
    int limit = quiet.contains(o) ? 120 : MAX_FACT_CHARS;
    String s = String.valueOf(o);
    return s.length() <= limit ? s : s.substring(0, limit - 3) + "...";
  }

  List<String> names() {
    return new ArrayList<>(names);
  }

  List<RuleFiring> trace() {
    return trace == null ? List.of() : trace;
  }

  String current() {
    return current;
  }

  String last() {
    return last;
  }
}
