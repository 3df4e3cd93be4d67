package dev.offereval.model;

/**
 * Derived: the strongest competing offer at an equivalent level that beats the offer's annual total
 * comp; the one the script cites.
 */
public record CitedCompeting(CompetingFigures competing) {}
