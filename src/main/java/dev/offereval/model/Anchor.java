package dev.offereval.model;

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
 * @param why why it won, in words
 */
public record Anchor(
    AnchorKind kind, CompetingFigures competing, String label, Money base, Money stockPerYear,
    BigDecimal bonusPct, PackageValue value, boolean withBonus, String why) {

  public static Anchor of(CompetingFigures c, String why) {
    return new Anchor(AnchorKind.COMPETING, c, c.label(), c.base(), c.stockPerYear(), c.offer().bonusPct(),
        c.value(), c.bonusKnown(), why);
  }

  public static Anchor of(BandTarget t, String why) {
    return new Anchor(AnchorKind.BAND_TARGET, null, "band target", t.base(), t.stockPerYear(), t.bonusPct(),
        t.value(), true, why);
  }

  /** The anchor's value per year over {@code n} years, on its own basis. */
  public Money valueOver(BigDecimal n) {
    return value.averageOver(n, withBonus);
  }
}
