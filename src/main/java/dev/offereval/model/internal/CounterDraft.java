package dev.offereval.model.internal;

import dev.offereval.model.Component;
import dev.offereval.model.PackageValue;
import dev.offereval.model.Money;
import dev.offereval.model.VestSchedule;
import dev.offereval.model.Zone;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Derived: the counter assembled from the asks and transfers, before it is held to its anchor's
 * value. Stock is per year of vesting; the grant keeps the offer's vesting schedule.
 *
 * <p>{@code value} follows from the other components and is computed once, when the draft is
 * made: the rules compare it in their conditions, which Drools may evaluate many times. {@code
 * terms} (null for a draft made without them) are what it is held to: its {@link #worth} against
 * the anchor's {@link #ceiling}.
 */
public record CounterDraft(
    Subject subject,
    Money base, Money stockPerYear, VestSchedule schedule, BigDecimal bonusPct, Money signOn,
    Set<Component> capped, Money offeredStockGrant, PackageValue value, CounterTerms terms) implements AboutOffer {

  public CounterDraft {
    capped = capped.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capped));
  }

  /**
   * The draft the rules' decisions make: each ask as desired unless the band caps it (a {@link
   * CappedAsk}), the stock plus what moved into it (an {@link AskTransfer} to stock, per year), the
   * highest {@link BonusTarget} or, without one, the offered bonus, and the offered sign-on plus
   * what moved into one. A bonus above its band ({@code bonusZone}) is capped, as a capped ask is.
   * The order of {@code moves} does not matter.
   */
  public static CounterDraft assemble(DesiredAsk desired, Collection<? extends CounterMove> moves, Zone bonusZone,
      OfferFigures offer) {
    return assemble(desired, moves, bonusZone, offer, null);
  }

  /** {@link #assemble(DesiredAsk, Collection, Zone, OfferFigures)}, to be held to {@code terms}. */
  public static CounterDraft assemble(DesiredAsk desired, Collection<? extends CounterMove> moves, Zone bonusZone,
      OfferFigures offer, CounterTerms terms) {
    Money base = desired.base();
    Money stock = desired.stockPerYear();
    Money signOn = offer.signOn();
    BigDecimal bonus = null;
    Set<Component> cappedComponents = EnumSet.noneOf(Component.class);
    for (CounterMove m : moves) {
      if (m instanceof CappedAsk c) {
        cappedComponents.add(c.component());
        if (c.component() == Component.BASE) {
          base = c.amount();
        } else if (c.component() == Component.STOCK) {
          stock = c.amount();
        }
      } else if (m instanceof BonusTarget t) {
        bonus = bonus == null || t.pct().compareTo(bonus) > 0 ? t.pct() : bonus;
      }
    }
    for (CounterMove m : moves) {
      if (m instanceof AskTransfer t) {
        if (t.to() == Component.STOCK) {
          stock = stock.plus(t.amount());
        } else if (t.to() == Component.SIGN_ON) {
          signOn = signOn.plus(t.amount());
        }
      }
    }
    if (bonusZone == Zone.ABOVE_BAND) {
      cappedComponents.add(Component.BONUS);
    }
    return new CounterDraft(desired.subject(), base, stock, offer.vestSchedule(),
        BonusTarget.highest(List.of(bonus == null ? offer.bonusPct() : bonus)), signOn, cappedComponents,
        offer.stockGrant(), terms);
  }

  /** A draft of these asks, its value per year laid out from them. */
  public CounterDraft(
      Subject subject,
      Money base, Money stockPerYear, VestSchedule schedule, BigDecimal bonusPct, Money signOn,
      Set<Component> capped, Money offeredStockGrant) {
    this(subject, base, stockPerYear, schedule, bonusPct, signOn, capped, offeredStockGrant, null);
  }

  /** A draft of these asks held to {@code terms}, its value per year laid out from them. */
  public CounterDraft(
      Subject subject,
      Money base, Money stockPerYear, VestSchedule schedule, BigDecimal bonusPct, Money signOn,
      Set<Component> capped, Money offeredStockGrant, CounterTerms terms) {
    this(subject, base, stockPerYear, schedule, bonusPct, signOn, capped, offeredStockGrant,
        PackageValue.of(base, grantOf(stockPerYear, offeredStockGrant, schedule), schedule, bonusPct, signOn), terms);
  }

  /** What the draft is worth per year in its terms' view, on the anchor's basis; needs terms. */
  public Money worth() {
    return value.averageOver(terms.years(), terms.withBonus());
  }

  /** The most the counter may be worth per year ({@link CounterTerms#ceiling}); needs terms. */
  public Money ceiling() {
    return terms.ceiling();
  }

  /** The grant: the stock per year times the vest years, exactly the offered grant when unchanged. */
  public Money stockGrant() {
    return grantOf(stockPerYear);
  }

  private Money grantOf(Money perYear) {
    return grantOf(perYear, offeredStockGrant, schedule);
  }

  private static Money grantOf(Money perYear, Money offeredStockGrant, VestSchedule schedule) {
    return perYear.equals(offeredStockGrant.dividedBy(schedule.years()))
        ? offeredStockGrant : perYear.times(schedule.years());
  }

  /** The counter as drafted. */
  public CounterOffer asCounter() {
    return new CounterOffer(subject, base, stockGrant(), schedule.years(), bonusPct, signOn, capped, schedule, terms);
  }

  /**
   * The counter given back down to its terms' ceiling ({@link #heldTo(Money, BigDecimal, boolean,
   * OfferFigures, BigDecimal)}); needs terms.
   */
  public CounterOffer heldToCeiling(BigDecimal step) {
    return heldTo(terms.ceiling(), terms.years(), terms.withBonus(), terms.offer(), step);
  }

  /**
   * The counter given back down to {@code limit} per year over {@code n} years (bonus counted when
   * {@code withBonus}): the raise in stock goes first, then the raise in base, then any sign-on
   * added, then a raised bonus; nothing goes below what {@code offer} offered. A figure given back is rounded down to a
   * multiple of {@code step} (a figure a candidate can say), never below the offered one.
   */
  public CounterOffer heldTo(Money limit, BigDecimal n, boolean withBonus, OfferFigures offer, BigDecimal step) {
    int years = n.intValueExact();
    Money excess = value().average(years, withBonus).minus(limit);
    Money stock = stockPerYear;
    Money newBase = base;
    Money sign = signOn;
    // what one unit of stock per year, base, and sign-on adds to the value per year over n years
    BigDecimal vestedInView = BigDecimal.ZERO;
    for (int y = 1; y <= years; y++) {
      vestedInView = vestedInView.add(schedule.fractionInYear(y));
    }
    BigDecimal stockWeight = vestedInView.multiply(BigDecimal.valueOf(schedule.years()))
        .divide(BigDecimal.valueOf(years), MathContext.DECIMAL128);
    if (excess.isPositive() && stockWeight.signum() > 0) {
      Money room = stock.minus(offer.stockPerYear()).max(Money.zero(stock.currency()));
      Money cut = new Money(excess.amount().divide(stockWeight, MathContext.DECIMAL128), stock.currency()).min(room);
      if (cut.isPositive()) {
        Money grant = stock.minus(cut).times(schedule.years()).roundedDownTo(step)
            .max(offer.stockPerYear().times(schedule.years()));
        cut = stock.minus(grant.dividedBy(schedule.years()));
        stock = grant.dividedBy(schedule.years());
      }
      excess = excess.minus(cut.times(stockWeight));
    }
    BigDecimal baseWeight = withBonus ? BigDecimal.ONE.add(Support.divide(bonusPct, 100)) : BigDecimal.ONE;
    if (excess.isPositive()) {
      Money room = newBase.minus(offer.base()).max(Money.zero(newBase.currency()));
      Money cut = new Money(excess.amount().divide(baseWeight, MathContext.DECIMAL128), newBase.currency()).min(room);
      if (cut.isPositive()) {
        Money lowered = newBase.minus(cut).roundedDownTo(step).max(offer.base());
        cut = newBase.minus(lowered);
        newBase = lowered;
      }
      excess = excess.minus(cut.times(baseWeight));
    }
    if (excess.isPositive()) {
      Money room = sign.minus(offer.signOn()).max(Money.zero(sign.currency()));
      Money cut = excess.times(years).min(room);
      if (cut.isPositive()) {
        Money lowered = sign.minus(cut).roundedDownTo(step).max(offer.signOn());
        excess = excess.minus(sign.minus(lowered).dividedBy(years));
        sign = lowered;
      }
    }
    BigDecimal bonus = bonusPct;
    if (excess.isPositive() && withBonus && newBase.isPositive()) {
      // last, a bonus raised above the offer's, in whole points
      BigDecimal cutPct = excess.amount().multiply(BigDecimal.valueOf(100))
          .divide(newBase.amount(), MathContext.DECIMAL128);
      bonus = bonus.subtract(cutPct).setScale(0, java.math.RoundingMode.FLOOR).max(offer.bonusPct());
    }
    return new CounterOffer(subject, newBase, grantOf(stock), schedule.years(), bonus, sign, capped, schedule, terms);
  }

  /** Of the figures only: the value follows from them, and truth maintenance hashes this on every insert. */
  @Override
  public int hashCode() {
    return java.util.Objects.hash(subject, base, stockPerYear, schedule, bonusPct, signOn, capped, offeredStockGrant);
  }

  /** As a record would print it, without the derived value, which would bury the figures in a trace. */
  @Override
  public String toString() {
    return "CounterDraft[subject=" + subject + ", base=" + base + ", stockPerYear=" + stockPerYear
        + ", schedule=" + schedule + ", bonusPct=" + bonusPct + ", signOn=" + signOn + ", capped=" + capped
        + ", offeredStockGrant=" + offeredStockGrant + "]";
  }
}
