package dev.offereval.model.internal;

import dev.offereval.model.CompetingFigures;
import dev.offereval.model.Band;

/**
 * Derived: advice to ask to be levelled up, from a competing offer one level above the
 * equivalent.
 *
 * @param competing the more senior competing offer
 * @param askLevel the offering company's next level, or null when data lists no ladder for it
 * @param band the band for that level in the offer's region, or null when data has none
 * @param advice the advice in words, naming the band's range when data has it
 */
public record RelevelAdvice(Subject subject, CompetingFigures competing, String askLevel, Band band, String advice) implements AboutOffer {}
