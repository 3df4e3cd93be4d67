package dev.offereval.model;

/**
 * Derived: one reason to ask for {@code amount} of a component (BASE, or STOCK as a grant over the
 * band's vesting years). The highest target of each component wins.
 */
public record CounterTarget(Component component, Money amount, String reason) {}
