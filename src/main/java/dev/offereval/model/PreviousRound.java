package dev.offereval.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The round of a negotiation before the one being evaluated: what the recruiter offered then, what
 * the candidate asked for in answer, and what that round decided. The rules for later rounds
 * ({@code rules/rounds.drl}) compare the revised offer with it.
 *
 * @param number the earlier round's number, from 1
 * @param offer the offer of that round
 * @param asked what that round asked for, in the offer's currency, or null when it asked nothing
 * @param decision the code that round decided ({@code counter}, {@code trade}, {@code hold}, ...)
 */
public record PreviousRound(int number, Offer offer, Asked asked, String decision) {
  /**
   * A previous round.
   *
   * @param number its number, from 1
   * @param offer its offer; required
   * @param asked what it asked for, or null
   * @param decision its decision's code; required
   */
  public PreviousRound {
    if (number < 1) {
      throw new IllegalArgumentException("a round's number starts at 1, not " + number);
    }
    Objects.requireNonNull(offer, "offer");
    Objects.requireNonNull(decision, "decision");
  }

  /**
   * Round {@code number} as its evaluation left it: the counter-offer is its ask when its decision
   * asks for something ({@link Decision#asks()}), and the decision's code is kept.
   *
   * @param number the round's number, from 1
   * @param offer the round's offer
   * @param e the round's evaluation
   * @return the round, as the next one reads it
   */
  public static PreviousRound of(int number, Offer offer, Evaluation e) {
    CounterOfferResult c = e.counter().orElse(null);
    Asked asked = c == null || e.decision() == null || !e.decision().asks() ? null
        : new Asked(c.base(), c.stockGrant(), c.bonusPct(), c.signOn());
    return new PreviousRound(number, offer, asked, e.decision() == null ? "none" : e.decision().code());
  }

  /**
   * What a round asked for, component by component; the grant vests as the round's offer did.
   *
   * @param base the base salary asked for
   * @param stockGrant the stock grant asked for
   * @param bonusPct the bonus target asked for, in percent
   * @param signOn the sign-on bonus asked for
   */
  public record Asked(Money base, Money stockGrant, BigDecimal bonusPct, Money signOn) {
    /**
     * An ask; every figure is required, the amounts in one currency.
     *
     * @param base the base asked for
     * @param stockGrant the stock grant asked for
     * @param bonusPct the bonus target asked for
     * @param signOn the sign-on asked for
     */
    public Asked {
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(stockGrant, "stockGrant");
      Objects.requireNonNull(bonusPct, "bonusPct");
      Objects.requireNonNull(signOn, "signOn");
    }
  }
}
