package dev.offereval.model.internal;

import dev.offereval.model.CompetingFigures;

/** Derived: a competing offer whose level is equivalent to the offer's, through {@code group}. */
public record EquivalentCompeting(CompetingFigures competing, String group) {}
