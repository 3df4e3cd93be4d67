package dev.offereval.model.internal;

import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.PackageValue;
import dev.offereval.model.PreviousRound;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Input, for a negotiation's round 2 and later only: the revised offer against the previous round's
 * offer and the previous ask, as a whole, in value per year in the comparison view (with bonus), in
 * the offer's own currency. Worked out in Java before the rules fire ({@link #of}); {@code
 * rules/rounds.drl} compares its numbers with policy. Its components are {@link ComponentRevision}s.
 *
 * @param subject the revised offer
 * @param round this round's number, from 2
 * @param afterHold whether the previous round's decision was to hold
 * @param previous the previous round, with its offer and ask
 * @param valueBefore the previous offer's value per year
 * @param valueAsked the previous ask's value per year
 * @param valueAfter the revised offer's value per year
 * @param gapClosedPct the share of the gap from {@code valueBefore} to {@code valueAsked} that the
 *     revision closed, in percent to two places: 100 at the ask, above it past the ask, negative when
 *     the revision is worth less than the previous offer
 * @param signOnCoverPct the sign-on that would cover what the revision leaves of the ask ({@link
 *     #restPerYear} times the view's years), in percent of the revised base, to two places rounded
 *     up; null when the revised base is not positive
 */
public record RoundMove(Subject subject, int round, boolean afterHold, PreviousRound previous, Money valueBefore,
    Money valueAsked, Money valueAfter, BigDecimal gapClosedPct, BigDecimal signOnCoverPct) implements AboutOffer {

  /** The code of the decision to hold, as the previous round keeps it. */
  public static final String HOLD = "hold";

  /**
   * The move from {@code previous} to {@code subject}'s offer, or null when there is nothing to
   * compare it with: the previous round asked nothing, asked nothing worth more than its offer, or
   * one of the three is in another currency.
   *
   * @param subject the revised offer
   * @param previous the round before it
   * @param view the comparison view's years ({@code Policy.comparisonView})
   * @return the move, or null
   */
  public static RoundMove of(Subject subject, PreviousRound previous, BigDecimal view) {
    Offer before = previous.offer();
    Offer after = subject.offer();
    PreviousRound.Asked asked = previous.asked();
    if (asked == null || !before.currency().equals(after.currency()) || !asked.base().currency().equals(after.currency())) {
      return null;
    }
    Money valueBefore = valuePerYear(before, view);
    Money valueAsked = PackageValue.of(asked.base(), asked.stockGrant(), before.vestSchedule(), asked.bonusPct(),
        asked.signOn()).averageOver(view, true);
    if (!valueAsked.isGreaterThan(valueBefore)) {
      return null;
    }
    Money valueAfter = valuePerYear(after, view);
    return new RoundMove(subject, previous.number() + 1, HOLD.equals(previous.decision()), previous, valueBefore,
        valueAsked, valueAfter, closedPct(valueBefore.amount(), valueAsked.amount(), valueAfter.amount()),
        signOnCoverPct(rest(valueAsked, valueAfter), after.base(), view));
  }

  /**
   * The sign-on that covers {@code restPerYear} over {@code view} years, in percent of {@code base},
   * to two places rounded up (a cover a cent over a limit is over it); null when {@code base} is not
   * positive.
   */
  public static BigDecimal signOnCoverPct(Money restPerYear, Money base, BigDecimal view) {
    if (base.amount().signum() <= 0) {
      return null;
    }
    return restPerYear.amount().multiply(view).multiply(BigDecimal.valueOf(100))
        .divide(base.amount(), 2, RoundingMode.UP);
  }

  private static Money rest(Money asked, Money after) {
    return asked.minus(after).max(Money.zero(asked.currency()));
  }

  /** What the revision still leaves of the previous ask a year: zero once it reached it. */
  public Money restPerYear() {
    return rest(valueAsked, valueAfter);
  }

  static Money valuePerYear(Offer o, BigDecimal view) {
    return PackageValue.of(o.base(), o.stockGrant(), o.vestSchedule(), o.bonusPct(), o.signOn()).averageOver(view, true);
  }

  /** The share of the way from {@code before} to {@code asked} that {@code after} is, in percent to two places. */
  static BigDecimal closedPct(BigDecimal before, BigDecimal asked, BigDecimal after) {
    return after.subtract(before).multiply(BigDecimal.valueOf(100))
        .divide(asked.subtract(before), 2, RoundingMode.HALF_UP);
  }
}
