package dev.offereval.model.internal;

import dev.offereval.model.Component;
import dev.offereval.model.Money;

/**
 * Derived: what the counter would ask for a component before the band maximum caps it: base a
 * year, or STOCK as stock per year of vesting.
 */
public record DesiredAsk(Subject subject, Component component, Money amount, String reason) implements AboutOffer {}
