/**
 * Not API: the facts the rules derive for one another ({@code OfferFigures}, {@code LeverApplied},
 * {@code Notice}, {@code CounterDraft}, ...), the records of the data's catalogs ({@code
 * ReferenceData}, {@code Lever}, {@code PeerCompany}, {@code Policy}, ...) and helpers the
 * rules call ({@code MoneyFormat}, {@code Words}). They are public because the rules' generated
 * code must reach them (every rule file imports this package), and they change with the rules.
 */
package dev.offereval.model.internal;
