package dev.offereval.model.internal;

import dev.offereval.model.Component;
import dev.offereval.model.Money;

/** Derived: part of an ask the band could not hold, moved to another component. */
public record AskTransfer(Subject subject, Component from, Component to, Money amount, Said reason) implements CounterMove {}
