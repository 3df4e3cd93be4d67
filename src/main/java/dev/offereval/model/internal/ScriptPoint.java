package dev.offereval.model.internal;

/**
 * Derived ({@code script.drl}): a point the script makes beyond its template's fixed words, decided
 * by a rule and said in the words of {@code data/phrases.yaml}.
 *
 * @param subject the offer
 * @param kind which point
 * @param competing the index of the competing offer it is about, or -1 when it is about the offer
 */
public record ScriptPoint(Subject subject, Kind kind, int competing) implements AboutOffer {

  /** A point about the offer, not about one competing offer. */
  public ScriptPoint(Subject subject, Kind kind) {
    this(subject, kind, -1);
  }

  /** The points a script may make. */
  public enum Kind {
    /**
     * A competing offer in another currency is said only as offered, not also in the offer's
     * currency: a rate between them is a placeholder.
     */
    CONVERSION_WITHHELD,
    /** A competing grant that does not vest evenly over four years is said with its schedule. */
    COMPETING_VESTING,
    /** The band caps the counter's base below the competing base just cited: the script says why. */
    BASE_CAP,
    /** An acceptance asks whether refresh grants follow a grant that vests in under four years. */
    REFRESH_QUESTION,
    /** An acceptance asks about repaying the sign-on the offer makes. */
    SIGN_ON_QUESTION,
    /** The levelling question cites this competing offer, the first one a level up. */
    LEVEL_UP_CITED
  }
}
