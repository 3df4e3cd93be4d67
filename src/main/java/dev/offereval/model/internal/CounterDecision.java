package dev.offereval.model.internal;

/**
 * Derived: whether to counter, or to accept as offered because the counter would not move the
 * package by the policy minimum ({@code counter.min-move-pct}).
 */
public record CounterDecision(Subject subject, boolean accept, Said why) implements AboutOffer {
  /**
   * The decision on {@code counter} against {@code offer} in the comparison view of {@code view}
   * years: to counter ({@code accept} false) or accept as offered, with the gain and the policy
   * minimum it was held to.
   */
  public static CounterDecision of(Subject subject, boolean accept, dev.offereval.model.PackageValue counter,
      dev.offereval.model.PackageValue offer, java.math.BigDecimal view, java.math.BigDecimal minPct) {
    dev.offereval.model.Money gain = counter.averageOver(view, true).minus(offer.averageOver(view, true));
    java.util.Map<String, Object> values = java.util.Map.of("gain", gain,
        "view", dev.offereval.model.PackageValue.viewName(view), "min", minPct);
    Said why = !accept ? Said.of("counter-worth-making", values)
        : gain.isPositive() ? Said.of("counter-too-small", values) : Said.of("offer-already-worth-anchor");
    return new CounterDecision(subject, accept, why);
  }

  /** The decision on {@code counter} against the offer and minimum of its terms. */
  public static CounterDecision of(CounterOffer counter, boolean accept) {
    CounterTerms t = counter.terms();
    return of(counter.subject(), accept, counter.value(), t.offer().value(), t.years(), t.minMovePct());
  }
}
