/**
 * The offer going in and the evaluation coming out, as immutable records with no Drools or
 * Jackson in them; this package is API.
 *
 * <p>{@link dev.offereval.model.Offer} and {@link dev.offereval.model.CompetingOffer} (with
 * {@link dev.offereval.model.Offer#builder()}), {@link dev.offereval.model.Money} and {@link
 * dev.offereval.model.VestSchedule}; {@link dev.offereval.model.Evaluation} and the records it
 * holds ({@code Band}, {@code Position}, {@code AppliedLever}, {@code CounterOfferResult}, {@code
 * TotalComp}, {@code CompetingFigures}, {@code PackageSummary}, {@code AnchorSummary}, {@link
 * dev.offereval.model.Message}, ...) and the enums they use; and the exceptions: {@link
 * dev.offereval.model.OfferEvalException}, {@link dev.offereval.model.InvalidInputException},
 * {@link dev.offereval.model.DataException} and their {@link dev.offereval.model.Problem}s.
 *
 * <p>The facts the rules derive for one another, and the records of the data's catalogs, are in
 * {@code dev.offereval.model.internal}, which is not API.
 */
package dev.offereval.model;
