/**
 * The offer going in and the evaluation coming out, as immutable records with no Drools or
 * Jackson in them.
 *
 * <p><b>API</b>: {@link dev.offereval.model.Offer} and {@link dev.offereval.model.CompetingOffer}
 * (with {@link dev.offereval.model.Offer#builder()}), {@link dev.offereval.model.Money}, {@link
 * dev.offereval.model.Evaluation} and the records it holds ({@code Band}, {@code Position}, {@code
 * AppliedLever}, {@code CounterOfferResult}, {@code TotalComp}, {@code CompetingFigures}, {@code
 * PackageSummary}, {@code AnchorSummary}, {@link dev.offereval.model.Message}, ...), the enums they
 * use, and the exceptions: {@link dev.offereval.model.OfferEvalException}, {@link
 * dev.offereval.model.InvalidInputException} and their {@link dev.offereval.model.Problem}s.
 *
 * <p><b>Internal</b>: the facts only the rules derive and read. They are public because Drools'
 * generated code must reach them, and they stay in this package because the shipped rules import
 * it and the rules' fingerprint, printed in every output, covers those import lines. Do not
 * depend on them; they change with the rules: {@code AskTransfer}, {@code BandMatch}, {@code
 * BandTarget}, {@code BonusAsk}, {@code BonusTarget}, {@code CitedCompeting}, {@code
 * CompetingVerdict}, {@code CounterAsk}, {@code CounterDecision}, {@code CounterDraft}, {@code
 * CounterOffer}, {@code DesiredAsk}, {@code EquivalentCompeting}, {@code EvaluationDate}, {@code
 * Expertise}, {@code LevelUp}, {@code LeverApplied}, {@code NoBand}, {@code Notice}, {@code
 * OfferFigures}, {@code RankBasis}, {@code RelevelAdvice}, {@code ScriptChosen}, {@code
 * StaleBand}, {@code StrongestCompeting}.
 */
package dev.offereval.model;
