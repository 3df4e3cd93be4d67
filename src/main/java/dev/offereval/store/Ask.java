package dev.offereval.store;

import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the candidate asked for in a round: the counter-offer of that round's evaluation, in the
 * currency the offer was made in.
 *
 * @param base the base salary asked for
 * @param stockGrant the stock grant asked for, over {@code vestYears}
 * @param vestYears the years the grant vests over
 * @param bonusPct the bonus target asked for, in percent
 * @param signOn the sign-on bonus asked for
 */
public record Ask(Money base, Money stockGrant, int vestYears, BigDecimal bonusPct, Money signOn) {
  /**
   * An ask; every figure is required.
   *
   * @param base the base salary asked for
   * @param stockGrant the stock grant asked for, over {@code vestYears}
   * @param vestYears the years the grant vests over
   * @param bonusPct the bonus target asked for, in percent
   * @param signOn the sign-on bonus asked for
   */
  public Ask {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(stockGrant, "stockGrant");
    Objects.requireNonNull(bonusPct, "bonusPct");
    Objects.requireNonNull(signOn, "signOn");
  }

  /**
   * The ask a counter-offer makes.
   *
   * @param counter the counter-offer of an evaluation
   * @return its figures as an ask
   */
  public static Ask of(CounterOfferResult counter) {
    return new Ask(counter.base(), counter.stockGrant(), counter.vestYears(), counter.bonusPct(), counter.signOn());
  }

  /**
   * This ask as the rules for later rounds read it.
   *
   * @return its figures
   */
  public dev.offereval.model.PreviousRound.Asked asked() {
    return new dev.offereval.model.PreviousRound.Asked(base, stockGrant, bonusPct, signOn);
  }
}
