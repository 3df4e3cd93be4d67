package dev.offereval.model.internal;

import java.util.List;

/**
 * Derived: the candidate shows expertise in {@code area}, whose title ({@code expertise.yaml}) it
 * carries so a script names it without joining the area again; {@code evidence} lists the skill
 * tags.
 */
public record Expertise(Subject subject, String area, String title, List<String> evidence) implements AboutOffer {
  public Expertise {
    evidence = List.copyOf(evidence);
  }
}
