package dev.offereval.model.internal;

import dev.offereval.model.Component;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.PackageValue;
import dev.offereval.model.PreviousRound;
import java.math.BigDecimal;
import java.util.List;

/**
 * Input, beside a {@link RoundMove}: one component of the revised offer (base, stock grant, bonus
 * target or sign-on) against the previous offer's and the previous ask's, worked out in Java before
 * the rules fire.
 *
 * @param subject the revised offer
 * @param component {@code BASE}, {@code STOCK}, {@code BONUS} or {@code SIGN_ON}
 * @param before the previous offer's figure (an amount in the offer's currency, or a percentage)
 * @param asked the previous ask's figure
 * @param after the revised offer's figure
 * @param askedMore whether the previous round asked for more of it than was offered
 * @param gapClosedPct the share of its own gap from {@code before} to {@code asked} the revision
 *     closed, in percent to two places; 0 when nothing more was asked of it
 * @param valueClosedPct the share of the package's gap ({@link RoundMove}: the previous ask's value
 *     per year less the previous offer's) that this component's change alone closed, in percent to
 *     two places: the previous offer with only this figure revised, against the previous offer. A
 *     base's change carries the bonus paid on it. Negative for a cut
 */
public record ComponentRevision(Subject subject, Component component, BigDecimal before, BigDecimal asked,
    BigDecimal after, boolean askedMore, BigDecimal gapClosedPct, BigDecimal valueClosedPct) implements AboutOffer {

  /**
   * The four components of {@code move}'s revision, in the order base, stock, bonus, sign-on.
   *
   * @param move the revision as a whole (its previous round has an ask in the offer's currency)
   * @param view the comparison view's years
   * @return one each
   */
  public static List<ComponentRevision> all(RoundMove move, BigDecimal view) {
    Offer before = move.previous().offer();
    PreviousRound.Asked asked = move.previous().asked();
    Offer after = move.subject().offer();
    Subject s = move.subject();
    return List.of(
        of(s, Component.BASE, before.base().amount(), asked.base().amount(), after.base().amount(),
            closedBy(move, value(before, after.base(), before.stockGrant(), before.bonusPct(), before.signOn(), view))),
        of(s, Component.STOCK, before.stockGrant().amount(), asked.stockGrant().amount(), after.stockGrant().amount(),
            closedBy(move, value(before, before.base(), after.stockGrant(), before.bonusPct(), before.signOn(), view))),
        of(s, Component.BONUS, before.bonusPct(), asked.bonusPct(), after.bonusPct(),
            closedBy(move, value(before, before.base(), before.stockGrant(), after.bonusPct(), before.signOn(), view))),
        of(s, Component.SIGN_ON, before.signOn().amount(), asked.signOn().amount(), after.signOn().amount(),
            closedBy(move, value(before, before.base(), before.stockGrant(), before.bonusPct(), after.signOn(), view))));
  }

  /**
   * One component's revision.
   *
   * @param subject the revised offer
   * @param component the component
   * @param before the previous offer's figure
   * @param asked the previous ask's figure
   * @param after the revised figure
   * @param valueClosedPct the share of the package's gap its change closed
   * @return the revision, with its share of its own gap closed
   */
  public static ComponentRevision of(Subject subject, Component component, BigDecimal before, BigDecimal asked,
      BigDecimal after, BigDecimal valueClosedPct) {
    boolean more = asked.compareTo(before) > 0;
    return new ComponentRevision(subject, component, before, asked, after, more,
        more ? RoundMove.closedPct(before, asked, after) : BigDecimal.ZERO.setScale(2), valueClosedPct);
  }

  /** The previous offer's value per year with the figures given, on its own vesting. */
  private static Money value(Offer before, Money base, Money grant, BigDecimal bonusPct, Money signOn, BigDecimal view) {
    return PackageValue.of(base, grant, before.vestSchedule(), bonusPct, signOn).averageOver(view, true);
  }

  /** The share of the package's gap that {@code changed} closed from the previous offer's value. */
  private static BigDecimal closedBy(RoundMove move, Money changed) {
    return RoundMove.closedPct(move.valueBefore().amount(), move.valueAsked().amount(), changed.amount());
  }

  /**
   * Whether the revision raised it.
   *
   * @return true when the revised figure is above the previous offer's
   */
  public boolean rose() {
    return after.compareTo(before) > 0;
  }
}
