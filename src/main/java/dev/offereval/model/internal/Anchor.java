package dev.offereval.model.internal;

import dev.offereval.model.CompetingFigures;
import dev.offereval.model.PackageValue;
import dev.offereval.model.Money;
import dev.offereval.model.AnchorKind;
import dev.offereval.model.VestSchedule;
import java.math.BigDecimal;

/**
 * Derived: the one package the counter is built from, whole: the strongest competing package at an
 * equivalent level or the band target, whichever is worth more per year.
 *
 * @param competing the competing offer, or null for the band target
 * @param label who offers it, {@code Snowflake IC2}, or {@code band target}
 * @param base the anchor's base in the evaluation currency
 * @param stockPerYear the anchor's stock per year of vesting in the evaluation currency
 * @param bonusPct the anchor's bonus target, or null when it is unknown
 * @param value what the anchor pays per year
 * @param withBonus whether the anchor's value includes a bonus (false when it is unknown: the
 *     counter is then held to the anchor's value before bonus)
 * @param why why it won (data/messages.yaml)
 */
public record Anchor(
    Subject subject,
    AnchorKind kind, CompetingFigures competing, String label, Money base, Money stockPerYear,
    BigDecimal bonusPct, PackageValue value, boolean withBonus, Said why) implements AboutOffer {

  public static Anchor of(Subject subject, CompetingFigures c, Said why) {
    return new Anchor(subject, AnchorKind.COMPETING, c, c.label(), c.base(), c.stockPerYear(), c.offer().bonusPct(),
        c.value(), c.bonusKnown(), why);
  }

  public static Anchor of(BandTarget t, Said why) {
    return new Anchor(t.subject(), AnchorKind.BAND_TARGET, null, "band target", t.base(), t.stockPerYear(), t.bonusPct(),
        t.value(), true, why);
  }

  /**
   * The stock per year of vesting that, on {@code schedule} (the offer's), pays what the anchor's
   * stock pays per year over the first {@code n} years: a 3-year grant must vest more a year to
   * match a 4-year one over four years. The band target is already laid out on the offer's
   * schedule, so its own figure is returned; so is the anchor's when the offer's schedule vests
   * nothing in the view (a long cliff against a first-year view).
   */
  public Money stockPerYearOn(VestSchedule schedule, BigDecimal n) {
    if (kind == AnchorKind.BAND_TARGET) {
      return stockPerYear;
    }
    int years = n.intValueExact();
    BigDecimal vested = BigDecimal.ZERO;
    for (int y = 1; y <= years; y++) {
      vested = vested.add(schedule.fractionInYear(y));
    }
    if (vested.signum() == 0) {
      return stockPerYear;
    }
    Money anchorStock = Money.zero(stockPerYear.currency());
    for (int y = 0; y < years; y++) {
      anchorStock = anchorStock.plus(value.years().get(y).stock());
    }
    // per year of vesting x vest years x fraction vested in the view = the anchor's stock in the view
    return new Money(anchorStock.amount().divide(vested.multiply(BigDecimal.valueOf(schedule.years())),
        java.math.MathContext.DECIMAL128), stockPerYear.currency());
  }

  /**
   * The most the counter may be worth per year over {@code n} years: the anchor's value, plus, for a
   * competing package, the sign-on the offer already makes ({@code offeredSignOn}, paid in year
   * one). The counter keeps that sign-on and never trades an ask down for a bonus already on the
   * table; the band target already carries it.
   *
   * @param n the comparison view's years
   * @param offeredSignOn the offer's sign-on in the evaluation currency
   * @return the ceiling on the anchor's basis
   */
  public Money ceilingOver(BigDecimal n, Money offeredSignOn) {
    Money own = valueOver(n);
    return kind == AnchorKind.BAND_TARGET ? own : own.plus(offeredSignOn.dividedBy(n.intValueExact()));
  }

  /** The anchor's value per year over {@code n} years, on its own basis. */
  public Money valueOver(BigDecimal n) {
    return value.averageOver(n, withBonus);
  }
}
