package dev.offereval.model;

/** A lever the candidate holds: from the catalog, why it applies, and the filled talking point. */
public record AppliedLever(String id, String title, String category, String reason, String talkingPoint) {}
