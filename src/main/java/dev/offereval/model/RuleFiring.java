package dev.offereval.model;

import java.util.List;

/** One rule firing, for explanations: the rule's name and the facts that matched it, as text. */
public record RuleFiring(String rule, List<String> facts) {
  /**
   * A firing; {@code facts} is copied.
   *
   * @param rule the rule's name
   * @param facts the facts that matched it, as text
   */
  public RuleFiring {
    facts = List.copyOf(facts);
  }
}
