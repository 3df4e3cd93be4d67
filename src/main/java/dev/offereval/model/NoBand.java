package dev.offereval.model;

/** Derived: no band matches the offer, and why. */
public record NoBand(String reason) {}
