package dev.offereval.store.internal;

import dev.offereval.model.Offer;
import dev.offereval.store.RoundOutcome;

/** A round before it has a number and a time: what a caller gives to be recorded. */
record RoundDraft(Offer offer, RoundOutcome outcome, String note) {}
