package dev.offereval.model.internal;

import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Offer;
import java.util.ArrayList;
import java.util.List;

/**
 * Input, one for each of an offer's competing offers, inserted with its subject: the competing
 * offer with its place in the list, so that two equal competing offers (the same one listed twice)
 * keep two numbers, where {@code List.indexOf} would give both the first. The rules join it on its
 * subject like any other fact about the offer, rather than reading the offer's list with
 * {@code from}, which they would read again on every join.
 *
 * @param subject the offer it competes with
 * @param index the competing offer's place in {@link Offer#competing()}, from 0
 * @param offer the competing offer
 */
public record CompetingEntry(Subject subject, int index, CompetingOffer offer) implements AboutOffer {
  /** The subject's competing offers, numbered by their place. */
  public static List<CompetingEntry> all(Subject subject) {
    List<CompetingOffer> competing = subject.offer().competing();
    List<CompetingEntry> out = new ArrayList<>(competing.size());
    for (CompetingOffer c : competing) {
      out.add(new CompetingEntry(subject, out.size(), c));
    }
    return out;
  }
}
