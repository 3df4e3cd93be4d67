package dev.offereval.model.internal;

import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Offer;
import java.util.ArrayList;
import java.util.List;

/**
 * One of an offer's competing offers with its place in the list, for the rules to read with
 * {@code from CompetingEntry.all( $o )}: two equal competing offers (the same one listed twice)
 * keep two numbers, where {@code List.indexOf} would give both the first.
 *
 * @param index the competing offer's place in {@link Offer#competing()}, from 0
 * @param offer the competing offer
 */
public record CompetingEntry(int index, CompetingOffer offer) {
  /** The offer's competing offers, numbered by their place. */
  public static List<CompetingEntry> all(Offer offer) {
    List<CompetingEntry> out = new ArrayList<>(offer.competing().size());
    for (CompetingOffer c : offer.competing()) {
      out.add(new CompetingEntry(out.size(), c));
    }
    return out;
  }
}
