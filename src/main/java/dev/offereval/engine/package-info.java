/**
 * The evaluator: {@link dev.offereval.engine.OfferEvaluator} and its builder, where rules and data
 * come from ({@link dev.offereval.engine.Source}), the options ({@link
 * dev.offereval.engine.Explain}, {@link dev.offereval.engine.Plausibility}, {@link
 * dev.offereval.engine.Sessions}), reload listeners, and the rules' own exception ({@link
 * dev.offereval.engine.RulesException}); this package is API.
 */
package dev.offereval.engine;
