package dev.offereval.model.internal;

import dev.offereval.model.CompetingFigures;

/**
 * Derived: the competing package at an equivalent level that is worth the most per year and worth
 * more than the offer, each on what both packages show.
 */
public record StrongestCompeting(Subject subject, CompetingFigures competing) implements AboutOffer {}
