package dev.offereval.model;

import java.math.BigDecimal;


/**
 * Derived: one offered component against its band range, in {@code unit} (an ISO currency code,
 * or {@code %} for the bonus). Stock is the grant over the band's vesting years.
 */
public record ComponentFigure(
    Component component, String unit, BigDecimal offered, BigDecimal min, BigDecimal max) {

  public static ComponentFigure of(Component component, Money offered, MoneyRange range) {
    return new ComponentFigure(
        component,
        range.currency().getCurrencyCode(),
        offered.amount(),
        range.min().amount(),
        range.max().amount());
  }

  /** How far {@code current} is below the band maximum, never negative. */
  public Money headroom(Money current) {
    Money max = new Money(this.max, current.currency());
    return current.isLessThan(max) ? max.minus(current) : Money.zero(current.currency());
  }

  public static ComponentFigure ofPercent(BigDecimal offered, PercentRange range) {
    return new ComponentFigure(Component.BONUS, "%", offered, range.min(), range.max());
  }
}
