package dev.offereval.model;

import java.util.List;

/** One rule firing, for explanations: the rule's name and the facts that matched it, as text. */
public record RuleFiring(String rule, List<String> facts) {
  public RuleFiring {
    facts = List.copyOf(facts);
  }
}
