package dev.offereval.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records which rules fired, in order; used for the result and to name a failing rule. */
final class FiredRules extends DefaultAgendaEventListener {
  private final LinkedHashSet<String> names = new LinkedHashSet<>();
  private String current = "";
  private String last = "";

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    current = event.getMatch().getRule().getName();
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    last = event.getMatch().getRule().getName();
    names.add(last);
  }

  List<String> names() {
    return new ArrayList<>(names);
  }

  String current() {
    return current;
  }

  String last() {
    return last;
  }
}
