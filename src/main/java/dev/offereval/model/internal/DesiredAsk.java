package dev.offereval.model.internal;

import dev.offereval.model.AnchorKind;
import dev.offereval.model.Component;
import dev.offereval.model.Money;
import dev.offereval.model.PackageValue;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Derived: what the counter would ask for before the band caps it, worked out once from the anchor:
 * base a year and stock per year of vesting on the offer's own schedule, each the anchor's figure
 * but never less than the offer's. Arithmetic, not a decision: the rules decide what the band
 * makes of each ask (counter-offer.drl).
 *
 * @param base the base asked
 * @param stockPerYear the stock per year of vesting asked
 * @param baseReason why the base ask is what it is (data/messages.yaml)
 * @param stockReason why the stock ask is what it is
 */
public record DesiredAsk(Subject subject, Money base, Money stockPerYear, Said baseReason, Said stockReason)
    implements AboutOffer {

  /**
   * The asks for the offer of {@code offer} from {@code anchor}, comparing packages over {@code
   * view} years.
   */
  public static DesiredAsk of(Subject subject, Anchor anchor, OfferFigures offer, BigDecimal view) {
    Money base = anchor.base().max(offer.base());
    // on the offer's own schedule, the stock that pays what the anchor's pays in the view
    Money stock = anchor.stockPerYearOn(offer.vestSchedule(), view).max(offer.stockPerYear());
    // a grant on another schedule than the anchor's asks not the same figure a year but the same value
    Said stockWhy = stock.isGreaterThan(offer.stockPerYear()) && !stock.equals(anchor.stockPerYear())
        ? Said.of("ask-stock-on-offer-schedule", Map.of("label", anchor.label(), "view", PackageValue.viewName(view),
            "schedule", offer.vestSchedule().describe()))
        : reason(anchor, stock, offer.stockPerYear(), Component.STOCK);
    return new DesiredAsk(subject, base, stock, reason(anchor, base, offer.base(), Component.BASE), stockWhy);
  }

  /** Why the ask for {@code component} (BASE or STOCK) is what it is. */
  public Said reason(Component component) {
    return switch (component) {
      case BASE -> baseReason;
      case STOCK -> stockReason;
      default -> throw new IllegalArgumentException("no ask for " + component);
    };
  }

  /**
   * Why the ask for {@code component} is what it is: the offered figure when the anchor asks no
   * more, else the anchor's figure, a competing package's or the band target's.
   */
  static Said reason(Anchor anchor, Money asked, Money offered, Component component) {
    String what = component == Component.BASE ? "base" : "stock";
    if (!asked.isGreaterThan(offered)) {
      return Said.of("ask-offered-" + what);
    }
    return anchor.kind() == AnchorKind.COMPETING
        ? Said.of("ask-matches-" + what, Map.of("label", anchor.label()))
        : Said.of("ask-band-target-" + what);
  }
}
