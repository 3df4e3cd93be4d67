package dev.offereval.model.internal;

/**
 * Derived: whether to counter, or to accept as offered because the counter would not move the
 * package by the policy minimum ({@code counter.min-move-pct}).
 */
public record CounterDecision(Subject subject, boolean accept, String why) implements AboutOffer {}
