package dev.offereval.model.internal;

import java.util.List;

/** Derived: the candidate shows expertise in {@code area}; {@code evidence} lists the skill tags. */
public record Expertise(String area, List<String> evidence) {
  public Expertise {
    evidence = List.copyOf(evidence);
  }
}
