package dev.offereval.model.internal;

/**
 * Inserted for an evaluation run with {@code --strict}: a plausibility warning then makes the
 * offer INVALID rather than only holding its counter-offer back.
 */
public record StrictChecking() {}
