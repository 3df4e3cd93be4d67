package dev.offereval.model.internal;

/**
 * A value a rule hands to a template that is put into words only when the template is rendered,
 * after firing: the rule carries codes, the words come later.
 */
public interface Spoken {
  /** The value as a sentence says it. */
  String spoken();
}
