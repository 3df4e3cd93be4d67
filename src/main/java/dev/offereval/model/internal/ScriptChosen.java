package dev.offereval.model.internal;

import java.util.Map;

/** Derived: the script template to use, and the values for its placeholders. */
public record ScriptChosen(String templateId, Map<String, Object> values) {
  public ScriptChosen {
    values = Map.copyOf(values);
  }
}
