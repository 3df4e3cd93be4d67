package dev.offereval.io;

import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Evaluation;

/** What reports say when a counter is stated in another currency than the one it was worked out in. */
public final class CounterCurrency {
  private CounterCurrency() {}

  /**
   * {@code worked out in GBP, the band's currency, and stated in USD, the offer's; amounts in the
   * reasons are in GBP}, or null when the counter is in the evaluation currency (or there is none).
   *
   * @param e an evaluation
   * @return the note, or null
   */
  public static String note(Evaluation e) {
    CounterOfferResult c = e.counter().orElse(null);
    if (c == null || e.currency() == null || c.base().currency().equals(e.currency())) {
      return null;
    }
    return "worked out in " + e.currency() + ", the band's currency, and stated in " + c.base().currency()
        + ", the offer's; amounts in the reasons are in " + e.currency();
  }
}
