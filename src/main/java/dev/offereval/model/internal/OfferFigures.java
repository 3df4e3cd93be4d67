package dev.offereval.model.internal;

import dev.offereval.model.TotalComp;
import dev.offereval.model.Offer;
import dev.offereval.model.PackageValue;
import dev.offereval.model.Money;
import dev.offereval.model.FxRate;
import dev.offereval.model.VestSchedule;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Derived: the offer expressed in the evaluation currency (the band's, or the offer's own when no
 * band matches), through {@code fx}, with what it pays in each of its first four years, its
 * annual total comp and its stock per year of vesting (the grant divided by its vest years).
 */
public record OfferFigures(
    Subject subject,
    Currency currency,
    Money base,
    Money stockGrant,
    int vestYears,
    BigDecimal bonusPct,
    Money signOn,
    FxRate fx,
    VestSchedule vestSchedule,
    PackageValue value,
    Money annualTotal,
    Money stockPerYear) implements AboutOffer {

  public static OfferFigures of(Subject subject, FxRate fx) {
    Offer offer = subject.offer();
    Money base = fx.convert(offer.base());
    Money grant = fx.convert(offer.stockGrant());
    Money signOn = fx.convert(offer.signOn());
    // annualTotal and stockPerYear are worked out once here: the rules' conditions read them often
    return new OfferFigures(subject, fx.to(), base, grant, offer.vestYears(), offer.bonusPct(), signOn, fx,
        offer.vestSchedule(), PackageValue.of(base, grant, offer.vestSchedule(), offer.bonusPct(), signOn),
        TotalComp.of(base, grant, offer.vestYears(), offer.bonusPct(), signOn).annual(),
        grant.dividedBy(offer.vestYears()));
  }

  public TotalComp totalComp() {
    return TotalComp.of(base, stockGrant, vestYears, bonusPct, signOn);
  }

  /** The grant with the same annual value when vested over {@code years}. */
  public Money stockGrantOver(int years) {
    return years == vestYears ? stockGrant : stockGrant.dividedBy(vestYears).times(years);
  }
}
