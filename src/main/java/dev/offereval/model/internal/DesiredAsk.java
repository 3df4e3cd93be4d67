package dev.offereval.model.internal;

import dev.offereval.model.Component;
import dev.offereval.model.Money;

/**
 * Derived: what the counter would ask for a component before the band maximum caps it: base a
 * year, or STOCK as stock per year of vesting.
 */
public record DesiredAsk(Subject subject, Component component, Money amount, Said reason) implements AboutOffer {
  /**
   * Why the ask for {@code component} is what it is: the offered figure when the anchor asks no
   * more, else the anchor's figure, a competing package's or the band target's.
   */
  public static Said reason(Anchor anchor, Money asked, Money offered, Component component) {
    String what = component == Component.BASE ? "base" : "stock";
    if (!asked.isGreaterThan(offered)) {
      return Said.of("ask-offered-" + what);
    }
    return anchor.kind() == dev.offereval.model.AnchorKind.COMPETING
        ? Said.of("ask-matches-" + what, java.util.Map.of("label", anchor.label()))
        : Said.of("ask-band-target-" + what);
  }
}
