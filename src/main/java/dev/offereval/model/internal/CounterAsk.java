package dev.offereval.model.internal;

import dev.offereval.model.Component;
import dev.offereval.model.Money;

/**
 * Derived: what the counter asks for a component after the band maximum. {@code overflow} is the
 * part of the desired figure the band could not hold, a year's worth (base a year, or stock per
 * year of vesting).
 */
public record CounterAsk(Subject subject, Component component, Money amount, boolean capped, Money overflow, Said reason) implements AboutOffer {}
