package dev.offereval.model.internal;

/**
 * Derived: the script template to use ({@code script.drl}). Its words are rendered once the rules
 * have fired, from the facts the rules derived and {@code data/phrases.yaml}.
 *
 * @param subject the offer
 * @param templateId the id of the template in {@code data/scripts.yaml}
 */
public record ScriptChosen(Subject subject, String templateId) implements AboutOffer {}
