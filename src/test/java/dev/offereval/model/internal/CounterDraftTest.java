package dev.offereval.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offereval.Offers;
import dev.offereval.model.Component;
import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.Zone;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The counter's one builder, {@link CounterDraft#assemble}: the arithmetic the counter-offer rules'
 * decisions stand on, without the rules.
 */
class CounterDraftTest {
  private static final Currency USD = Currency.getInstance("USD");

  private static Money usd(String amount) {
    return Money.of(amount, USD);
  }

  /** $160,000 base, $130,000 over 4 years ($32,500 a year), 10% bonus, no sign-on. */
  private static OfferFigures offer(String bonusPct) {
    Subject s = new Subject(Offers.twilioSf().base("160000").stock("130000").bonus(bonusPct).build(), 0);
    return OfferFigures.of(s, FxRate.identity(USD));
  }

  private static DesiredAsk desired(OfferFigures of, String base, String stockPerYear) {
    return new DesiredAsk(of.subject(), usd(base), usd(stockPerYear), Said.of("ask-band-target-base"),
        Said.of("ask-band-target-stock"));
  }

  @Test
  void withNoCapNoTransferAndNoBonusTargetEachAskIsAsDesiredAndTheBonusAsOffered() {
    OfferFigures of = offer("10.0");
    CounterDraft d = CounterDraft.assemble(desired(of, "175000", "45000"), List.of(), List.of(), Zone.IN_BAND,
        List.of(), List.of(), of);
    assertEquals(usd("175000"), d.base());
    assertEquals(usd("45000"), d.stockPerYear());
    assertEquals(usd("180000"), d.stockGrant());
    // the offered 10.0 is asked as 10, as a target would be
    assertEquals(new BigDecimal("10"), d.bonusPct());
    assertEquals(usd("0"), d.signOn());
    assertEquals(Set.of(), d.capped());
  }

  @Test
  void aCappedAskReplacesTheDesiredOneAndWhatMovedIsAdded() {
    OfferFigures of = offer("10");
    CappedAsk base = new CappedAsk(of.subject(), Component.BASE, usd("200000"), usd("10000"), Said.of("capped-at-max"));
    CounterDraft d = CounterDraft.assemble(desired(of, "210000", "45000"), List.of(base), List.of(), Zone.IN_BAND,
        List.of(usd("6000")), List.of(usd("4000")), of);
    assertEquals(usd("200000"), d.base());
    assertEquals(usd("51000"), d.stockPerYear());
    assertEquals(usd("4000"), d.signOn());
    assertEquals(Set.of(Component.BASE), d.capped());
  }

  @Test
  void theHighestBonusTargetIsAskedAndABonusAboveItsBandIsCapped() {
    OfferFigures of = offer("16");
    CounterDraft d = CounterDraft.assemble(desired(of, "175000", "45000"), List.of(),
        List.of(new BigDecimal("12.50"), new BigDecimal("15")), Zone.ABOVE_BAND, List.of(), List.of(), of);
    assertEquals(new BigDecimal("15"), d.bonusPct());
    assertEquals(Set.of(Component.BONUS), d.capped());
  }

  @Test
  void nearMissABonusInItsBandIsNotCapped() {
    OfferFigures of = offer("15");
    CounterDraft d = CounterDraft.assemble(desired(of, "175000", "45000"), List.of(), List.of(), Zone.IN_BAND,
        List.of(), List.of(), of);
    assertEquals(Set.of(), d.capped());
  }
}
