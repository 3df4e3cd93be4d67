package dev.offereval.model.internal;

import dev.offereval.model.Component;
import dev.offereval.model.Money;

/**
 * Derived: the band maximum binds a component's ask: it caps the desired figure at the maximum, or
 * holds an offered figure already above it. {@code overflow} is the part of the desired figure the
 * band could not hold, a year's worth (base a year, or stock per year of vesting). A component
 * without one is asked as desired ({@link DesiredAsk}).
 */
public record CappedAsk(Subject subject, Component component, Money amount, Money overflow, Said reason)
    implements CounterMove {}
