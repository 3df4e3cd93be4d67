package dev.offereval.engine;

import dev.offereval.Offers;
import dev.offereval.io.DataLoader;
import dev.offereval.model.CompetingFigures;
import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.internal.ReferenceData;
import dev.offereval.model.internal.Subject;
import java.nio.file.Path;
import java.util.Currency;

/**
 * Fact builders the rule-file tests share ({@link RuleFileHarness}): the offer as the rules see it,
 * its competing offers in dollars, and the shipped data, loaded once.
 */
final class RuleFacts {
  static final Currency USD = Currency.getInstance("USD");
  private static ReferenceData data;

  private RuleFacts() {}

  /** The shipped {@code data/}, loaded once. */
  static synchronized ReferenceData data() {
    if (data == null) {
      try {
        data = DataLoader.load(Path.of("data"));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return data;
  }

  /** The offer as the rules see it. */
  static Subject subject(Offers.Builder offer) {
    return new Subject(offer.build(), 0);
  }

  /** Competing offer number {@code i} of the subject's offer, in dollars at par. */
  static CompetingFigures competing(Subject s, int i) {
    return CompetingFigures.of(i, s.offer().competing().get(i), FxRate.identity(USD));
  }

  static Money usd(String amount) {
    return Money.of(amount, USD);
  }
}
