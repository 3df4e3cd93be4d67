package dev.offereval.model.internal;

/** Derived: the matched band's figures are older than policy allows on the evaluation date. */
public record StaleBand(Subject subject) implements AboutOffer {}
