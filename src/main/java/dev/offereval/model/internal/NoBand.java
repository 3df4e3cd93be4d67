package dev.offereval.model.internal;

/** Derived: no band matches the offer, and why. */
public record NoBand(Subject subject, Said reason) implements AboutOffer {
  /**
   * No band for {@code subject}'s offer: the reason names the names data does not know ({@code
   * names}) and the bands data has for its company and role ({@code known}, none when empty).
   */
  public static NoBand of(Subject subject, java.util.Collection<dev.offereval.model.Band> known, Names names) {
    dev.offereval.model.Offer o = subject.offer();
    java.util.List<Said> bands = known.stream()
        .map(b -> Said.of("level-in-region", java.util.Map.of("level", b.level(), "region", b.region())))
        .sorted(java.util.Comparator.comparing((Said w) -> (String) w.values().get("level"))
            .thenComparing(w -> (String) w.values().get("region")))
        .distinct().toList();
    java.util.Map<String, Object> values = new java.util.HashMap<>(java.util.Map.of("company", o.company(),
        "role", o.role(), "level", o.level(), "region", o.region()));
    java.util.List<Said> unknown = names.unknownNames(o);
    if (!unknown.isEmpty()) {
      values.put("unknown", unknown);
    }
    if (!bands.isEmpty()) {
      values.put("known", bands);
    }
    return new NoBand(subject, Said.of(bands.isEmpty() ? "no-band-none-for-role" : "no-band", values));
  }
}
