/**
 * Jackson support: {@link dev.offereval.json.OfferEvalModule} writes and reads back evaluations,
 * offers and bands in the command line's JSON on any {@code ObjectMapper}; this package is API.
 */
package dev.offereval.json;
