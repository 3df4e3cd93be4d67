package dev.offereval.model.internal;

/** Derived: no band matches the offer, and why. */
public record NoBand(String reason) {}
