package dev.offereval.model.internal;

import dev.offereval.model.Component;
import dev.offereval.model.Position;
import dev.offereval.model.Zone;

/** Derived: where one offered component sits in its band. */
public record ComponentZone(Subject subject, Position position) implements AboutOffer {
  /** The component placed. */
  public Component component() {
    return position.component();
  }

  /** Its zone. */
  public Zone zone() {
    return position.zone();
  }
}
