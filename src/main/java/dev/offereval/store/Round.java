package dev.offereval.store;

import dev.offereval.model.Offer;
import java.time.Instant;
import java.util.Objects;

/**
 * One round of a negotiation: the offer the recruiter made, and what its evaluation advised.
 *
 * @param number the round's number, from 1, contiguous within its negotiation
 * @param recordedAt when it was recorded
 * @param note the candidate's note, or null
 * @param offer the offer, with the competing offers held then
 * @param outcome what was asked and decided
 */
public record Round(int number, Instant recordedAt, String note, Offer offer, RoundOutcome outcome) {
  /**
   * A round.
   *
   * @param number the round's number, from 1
   * @param recordedAt when it was recorded; required
   * @param note the candidate's note, or null
   * @param offer the offer; required
   * @param outcome what was asked and decided; required
   */
  public Round {
    if (number < 1) {
      throw new IllegalArgumentException("a round's number starts at 1, not " + number);
    }
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(offer, "offer");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * This round as the rules for the next one read it: its offer, its ask and its decision.
   *
   * @return the previous round of the next
   */
  public dev.offereval.model.PreviousRound asPrevious() {
    return new dev.offereval.model.PreviousRound(number, offer, outcome.ask() == null ? null : outcome.ask().asked(),
        outcome.decision().code());
  }
}
