package dev.offereval.model.internal;

import dev.offereval.model.CompetingFigures;

/**
 * Derived: a competing offer one level above the level its company has that is equivalent to the
 * offer's ({@code equivalentLevel}).
 */
public record LevelUp(Subject subject, CompetingFigures competing, String equivalentLevel) implements AboutOffer {}
