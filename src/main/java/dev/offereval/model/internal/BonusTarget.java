package dev.offereval.model.internal;

import java.math.BigDecimal;

/** Derived: one reason to ask for a bonus target of {@code pct} percent. The highest wins. */
public record BonusTarget(Subject subject, BigDecimal pct, Said reason) implements AboutOffer {}
