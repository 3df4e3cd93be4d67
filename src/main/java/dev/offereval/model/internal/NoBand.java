package dev.offereval.model.internal;

/** Derived: no band matches the offer, and why. */
public record NoBand(Subject subject, String reason) implements AboutOffer {}
