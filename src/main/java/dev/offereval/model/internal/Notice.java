package dev.offereval.model.internal;

import dev.offereval.model.Severity;

/** Derived: something a rule wants the reader to know; ERROR makes the evaluation INVALID. */
public record Notice(Subject subject, Severity severity, String message) implements AboutOffer {}
