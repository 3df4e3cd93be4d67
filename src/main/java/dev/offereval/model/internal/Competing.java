package dev.offereval.model.internal;

import dev.offereval.model.CompetingFigures;

/** Derived: one of the offer's competing offers, expressed in the evaluation currency. */
public record Competing(Subject subject, CompetingFigures figures) implements AboutOffer {}
