package dev.offereval.model.internal;

/**
 * Derived: how equivalent competing packages are ranked against each other: with their bonuses
 * when every one states it, else all before bonus, so an unknown bonus never counts as zero
 * against a known one.
 */
public record RankBasis(Subject subject, boolean withBonus, Said why) implements AboutOffer {}
