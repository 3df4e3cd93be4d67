package dev.offereval.model.internal;

import dev.offereval.model.Severity;

/** Derived: something a rule wants the reader to know; ERROR makes the evaluation INVALID. */
public record Notice(Severity severity, String message) {}
