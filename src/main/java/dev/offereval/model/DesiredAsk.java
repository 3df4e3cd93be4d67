package dev.offereval.model;

/**
 * Derived: the highest target of a component, before the band maximum caps it. Equal targets give
 * equal facts, which truth maintenance keeps as one.
 */
public record DesiredAsk(Component component, Money amount) {}
