package dev.offereval.model.internal;

/** Derived: what became of competing offer {@code index}: the anchor, or why it was not chosen. */
public record CompetingVerdict(Subject subject, int index, boolean anchor, Said why) implements AboutOffer {}
