package dev.offereval.model;

/** Derived: part of an ask the band could not hold, moved to another component. */
public record AskTransfer(Component from, Component to, Money amount, String reason) {}
