package dev.offereval.model;

/** Derived: a competing offer whose level is equivalent to the offer's, through {@code group}. */
public record EquivalentCompeting(CompetingFigures competing, String group) {}
