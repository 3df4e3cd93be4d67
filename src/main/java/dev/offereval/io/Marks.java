package dev.offereval.io;

import dev.offereval.model.Attribution;
import dev.offereval.model.Provenance;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The provenance markers of one report: each talking point, script and policy-driven statement is
 * marked {@code [g]}, {@code [a]} or {@code [p]}, and the report ends with a legend of the markers
 * it used. Not thread-safe: one per report.
 */
public final class Marks {
  private final Set<Provenance> used = EnumSet.noneOf(Provenance.class);

  /** Notes {@code p} as used and returns its marker in brackets, such as {@code [a]}. */
  public String bracketed(Provenance p) {
    used.add(p);
    return "[" + p.marker() + "]";
  }

  /** Notes {@code p} as used and returns it, for a report that draws its own marker. */
  public Provenance use(Provenance p) {
    used.add(p);
    return p;
  }

  /** One entry per marker used, in the order guide, adapted, project: {@code [a] adapted from ...}. */
  public List<String> legend() {
    return used.stream().map(p -> "[" + p.marker() + "] " + p.legend()).toList();
  }

  /**
   * How a report introduces the source of words: {@code the guide's words} or {@code adapted from}.
   * Reports name the source, not the guide's sentence itself: the guide's quote claims its own
   * candidate's experience (Kafka, Flink), which this candidate may not have. JSON keeps the
   * quote as {@code guide_words} for a candidate who wants to adapt it.
   */
  public static String from(Provenance p) {
    return p == Provenance.GUIDE ? "the guide's words" : "adapted from";
  }

  /**
   * Where a script's words come from, for the line under it: {@code the guide's words: SOURCE}, or
   * {@code adapted from: SOURCE; the figures are this offer's}; null when it has no source.
   */
  public static String scriptSource(Attribution from) {
    if (from == null || from.source() == null) {
      return null;
    }
    return from(from.provenance()) + ": " + from.source()
        + (from.provenance() == Provenance.GUIDE ? ""
            : "; the figures are this offer's, and a sentence the guide's script lacks is this project's");
  }

  /** {@link #scriptSource} as a sentence: capitalised, with a full stop; null when it has no source. */
  public static String scriptSourceSentence(Attribution from) {
    String s = scriptSource(from);
    return s == null ? null : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }
}
