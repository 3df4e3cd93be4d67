package dev.offereval.io;

import dev.offereval.model.Offer;
import java.util.List;
import java.util.Map;

/**
 * One data row of an offers CSV: its 1-based source line, the offer it became (null when the row
 * is invalid), the reasons it is invalid, and the values of columns the tool does not know, which
 * pass through to the output.
 */
public record OfferRow(int line, String offerId, Offer offer, List<String> errors, Map<String, String> extras) {
  public OfferRow {
    errors = List.copyOf(errors);
    extras = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extras));
  }

  public boolean valid() {
    return offer != null;
  }
}
