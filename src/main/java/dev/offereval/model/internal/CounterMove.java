package dev.offereval.model.internal;

/**
 * A decision that moves one figure of the counter away from what its anchor asks for: the band
 * caps or holds an ask ({@link CappedAsk}), what the band cannot hold moves elsewhere ({@link
 * AskTransfer}), or the bonus is raised ({@link BonusTarget}). The counter is assembled from the
 * desired ask and every move ({@link CounterDraft#assemble(DesiredAsk, java.util.Collection, dev.offereval.model.Zone,
 * OfferFigures)}), which the rule that assembles it collects with one accumulate.
 */
public sealed interface CounterMove extends AboutOffer permits CappedAsk, AskTransfer, BonusTarget {}
