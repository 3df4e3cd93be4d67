package dev.offereval.model.internal;

import dev.offereval.model.Money;
import dev.offereval.model.VestSchedule;

/**
 * Derived: the counter's first year pays less than its average year, by at least
 * counter.min-sign-on-pct of its base, because its grant vests little in year one (counter-offer.drl).
 * The script asks for a sign-on to even it out; the counter's yearly figures are unchanged.
 *
 * @param subject the offer
 * @param gap how much less year one pays than the average year, in the evaluation currency
 * @param schedule the grant's schedule, the offer's own, which the script names as the cause
 * @param larger whether the counter already asks for or keeps a sign-on, so the question is about a
 *     larger one
 */
public record FirstYearShortfall(Subject subject, Money gap, VestSchedule schedule, boolean larger)
    implements AboutOffer {}
