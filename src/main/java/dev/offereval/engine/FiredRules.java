package dev.offereval.engine;

import dev.offereval.model.RuleFiring;
import dev.offereval.model.internal.AboutOffer;
import dev.offereval.model.internal.Subject;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * Records which rules fired for each offer of a chunk, in order, to report them and to name a
 * failing rule; with {@code trace}, also the facts each firing matched, for explanations.
 *
 * <p>A firing belongs to the offer whose {@link Subject} its facts carry (every rule joins on one,
 * see {@link AboutOffer}). When one offer's firings reach {@code limit} the session is halted: its
 * rules loop, and the chunk is evaluated again one offer at a time so that only that offer fails.
 */
final class FiredRules extends DefaultAgendaEventListener {
  /** Longest text kept for one matched fact in a trace. */
  static final int MAX_FACT_CHARS = 300;

  /** What fired for one offer. */
  static final class PerOffer {
    private final LinkedHashSet<String> names = new LinkedHashSet<>();
    private final List<RuleFiring> trace;
    private int count;
    private String last = "";

    private PerOffer(boolean trace) {
      this.trace = trace ? new ArrayList<>() : null;
    }

    List<String> names() {
      return new ArrayList<>(names);
    }

    List<RuleFiring> trace() {
      return trace == null ? List.of() : trace;
    }

    int count() {
      return count;
    }

    String last() {
      return last;
    }
  }

  private final boolean trace;
  private final Set<Object> quiet;
  private final int limit;
  private final KieSession session;
  private final Map<Subject, PerOffer> bySubject = new IdentityHashMap<>();
  private String current = "";
  private Subject overLimit;

  /**
   * @param trace whether to keep every firing with its facts
   * @param referenceFacts the data every evaluation shares, described more briefly in a trace
   * @param limit most firings one offer may take before the session is halted
   * @param session the session listened to, halted when an offer reaches the limit
   */
  FiredRules(boolean trace, Set<Object> referenceFacts, int limit, KieSession session) {
    this.trace = trace;
    this.quiet = referenceFacts;
    this.limit = limit;
    this.session = session;
  }

  /** Starts recording for {@code subject}; call before inserting it. */
  void add(Subject subject) {
    bySubject.put(subject, new PerOffer(trace));
  }

  /** What fired for {@code subject}. */
  PerOffer of(Subject subject) {
    return bySubject.get(subject);
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    current = event.getMatch().getRule().getName();
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    Match match = event.getMatch();
    String name = match.getRule().getName();
    List<Object> objects = match.getObjects();
    PerOffer offer = bySubject.get(subjectOf(objects));
    if (offer == null) {
      return; // a rule on the reference facts alone: it belongs to no offer
    }
    offer.last = name;
    offer.names.add(name);
    if (offer.trace != null) {
      List<String> facts = new ArrayList<>(objects.size());
      for (Object o : objects) {
        facts.add(describe(o));
      }
      offer.trace.add(new RuleFiring(name, facts));
    }
    if (++offer.count >= limit && overLimit == null) {
      overLimit = subjectOf(objects);
      session.halt();
    }
  }

  private static Subject subjectOf(List<Object> objects) {
    for (Object o : objects) {
      if (o instanceof AboutOffer a) {
        return a.subject();
      }
      if (o instanceof Subject s) {
        return s;
      }
    }
    return null;
  }

  private String describe(Object o) {
    int limit = quiet.contains(o) ? 120 : MAX_FACT_CHARS;
    String s = String.valueOf(o);
    return s.length() <= limit ? s : s.substring(0, limit - 3) + "...";
  }

  /** The rule firing now, or the last one to start: the one that threw, when a rule throws. */
  String current() {
    return current;
  }

  /** The offer whose firings reached the limit, or null. */
  Subject overLimit() {
    return overLimit;
  }
}
