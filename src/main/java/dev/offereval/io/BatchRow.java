package dev.offereval.io;

import dev.offereval.model.Evaluation;

/** One output row: the input row it answers and its evaluation. */
public record BatchRow(OfferRow input, Evaluation evaluation) {}
