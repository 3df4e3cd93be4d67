package dev.offereval.model.internal;

import dev.offereval.model.CompetingFigures;

/** Derived: a competing offer whose level is equivalent to the offer's, through {@code group}. */
public record EquivalentCompeting(Subject subject, CompetingFigures competing, String group) implements AboutOffer {}
