package dev.offereval.model.internal;

import dev.offereval.model.PackageValue;
import dev.offereval.model.Money;
import java.math.BigDecimal;

/**
 * Derived: the package policy aims at in the band, by the expertise the candidate shows: base and
 * stock per year at {@code penetration} of their ranges (never below what was offered), the bonus
 * as offered or raised to the band minimum, and the offer's sign-on and vesting schedule.
 *
 * @param value what the package pays per year, laid out like the offer's
 */
public record BandTarget(
    Subject subject,
    BigDecimal penetration, long expertiseLevers, Money base, Money stockPerYear, BigDecimal bonusPct,
    PackageValue value, String why) implements AboutOffer {}
