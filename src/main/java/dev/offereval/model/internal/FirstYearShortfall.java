package dev.offereval.model.internal;

import dev.offereval.model.Money;

/**
 * Derived: the counter's first year pays less than its competing anchor's by more than the counter
 * trails it on average, so a one-off sign-on could even out year one (counter-offer.drl). The script
 * asks the question; the counter's figures are unchanged.
 *
 * @param subject the offer
 * @param gap how much less year one pays, in the evaluation currency
 * @param anchorCompany the competing company the counter is built from
 * @param larger whether the counter already asks for or keeps a sign-on, so the question is about a
 *     larger one
 */
public record FirstYearShortfall(Subject subject, Money gap, String anchorCompany, boolean larger)
    implements AboutOffer {}
