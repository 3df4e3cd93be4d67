package dev.offereval.model.internal;

import java.util.Map;

/** Derived: the script template to use, and the values for its placeholders. */
public record ScriptChosen(Subject subject, String templateId, Map<String, Object> values) implements AboutOffer {
  public ScriptChosen {
    values = Map.copyOf(values);
  }
}
