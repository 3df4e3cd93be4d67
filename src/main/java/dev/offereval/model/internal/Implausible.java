package dev.offereval.model.internal;

/**
 * Derived: a figure outside the plausibility bounds of {@code data/policy.yaml}, too far from its
 * band (or in the wrong unit) to be what the candidate meant. While one exists no counter-offer is
 * computed, and under {@link StrictChecking} the offer is INVALID.
 *
 * @param said the warning, naming the field, its value and the bound (data/messages.yaml)
 */
public record Implausible(Subject subject, Said said) implements AboutOffer {}
