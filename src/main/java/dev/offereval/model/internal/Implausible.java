package dev.offereval.model.internal;

/**
 * Derived: a figure outside the plausibility bounds of {@code data/policy.yaml}, too far from its
 * band (or in the wrong unit) to be what the candidate meant. While one exists no counter-offer is
 * computed, and under {@link StrictChecking} the offer is INVALID.
 *
 * @param field the figure, in words: {@code base}, {@code stock grant}, {@code bonus target}, {@code
 *     counter-offer uplift}
 * @param bound the bound it crossed, formatted for people ({@code $50,000})
 * @param message the whole warning, naming the field, its value and the bound
 */
public record Implausible(Subject subject, String field, String bound, String message) implements AboutOffer {}
