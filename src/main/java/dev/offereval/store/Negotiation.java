package dev.offereval.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A negotiation with one company for one role: its rounds in order.
 *
 * @param id its id in its database
 * @param company the company, as round 1 named it
 * @param role the role
 * @param level the level of round 1's offer
 * @param region the region of round 1's offer
 * @param closedReason why it was closed, or null while it is open
 * @param createdAt when round 1 was recorded
 * @param updatedAt when it last changed
 * @param rounds its rounds, round 1 first; never empty
 */
public record Negotiation(long id, String company, String role, String level, String region, String closedReason,
    Instant createdAt, Instant updatedAt, List<Round> rounds) {
  /**
   * A negotiation; the rounds are copied and must be numbered 1, 2, 3 and so on.
   *
   * @param id its id
   * @param company the company
   * @param role the role
   * @param level the level of round 1's offer
   * @param region the region of round 1's offer
   * @param closedReason why it was closed, or null while open
   * @param createdAt when round 1 was recorded
   * @param updatedAt when it last changed
   * @param rounds its rounds, round 1 first
   */
  public Negotiation {
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    rounds = List.copyOf(rounds);
    if (rounds.isEmpty()) {
      throw new IllegalArgumentException("negotiation " + id + " has no rounds");
    }
    for (int i = 0; i < rounds.size(); i++) {
      if (rounds.get(i).number() != i + 1) {
        throw new IllegalArgumentException("negotiation " + id + ": round " + rounds.get(i).number()
            + " where round " + (i + 1) + " belongs");
      }
    }
  }

  /**
   * Whether it still takes rounds.
   *
   * @return true unless it was closed
   */
  public boolean isOpen() {
    return closedReason == null;
  }

  /**
   * The latest round.
   *
   * @return the last of {@link #rounds()}
   */
  public Round lastRound() {
    return rounds.get(rounds.size() - 1);
  }

  /**
   * A one-line summary, as {@link Negotiations#list()} gives it.
   *
   * @return its summary
   */
  public NegotiationSummary summary() {
    return new NegotiationSummary(id, company, role, rounds.size(), lastRound().outcome().decision().code(),
        isOpen(), updatedAt);
  }
}
