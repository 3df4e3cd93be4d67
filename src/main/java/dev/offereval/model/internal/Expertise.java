package dev.offereval.model.internal;

import java.util.List;

/** Derived: the candidate shows expertise in {@code area}; {@code evidence} lists the skill tags. */
public record Expertise(Subject subject, String area, List<String> evidence) implements AboutOffer {
  public Expertise {
    evidence = List.copyOf(evidence);
  }
}
