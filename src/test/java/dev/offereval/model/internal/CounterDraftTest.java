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
    CounterDraft d = CounterDraft.assemble(desired(of, "175000", "45000"), List.of(), Zone.IN_BAND, of);
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
    CounterDraft d = CounterDraft.assemble(desired(of, "210000", "45000"), List.of(base,
        new AskTransfer(of.subject(), Component.BASE, Component.STOCK, usd("6000"), Said.of("transfer-base-to-stock")),
        new AskTransfer(of.subject(), Component.BASE, Component.SIGN_ON, usd("4000"), Said.of("transfer-base-to-sign-on"))),
        Zone.IN_BAND, of);
    assertEquals(usd("200000"), d.base());
    assertEquals(usd("51000"), d.stockPerYear());
    assertEquals(usd("4000"), d.signOn());
    assertEquals(Set.of(Component.BASE), d.capped());
  }

  @Test
  void theHighestBonusTargetIsAskedAndABonusAboveItsBandIsCapped() {
    OfferFigures of = offer("16");
    CounterDraft d = CounterDraft.assemble(desired(of, "175000", "45000"),
        List.of(new BonusTarget(of.subject(), new BigDecimal("12.50"), Said.of("bonus-below-band")),
            new BonusTarget(of.subject(), new BigDecimal("15"), Said.of("bonus-match-anchor"))),
        Zone.ABOVE_BAND, of);
    assertEquals(new BigDecimal("15"), d.bonusPct());
    assertEquals(Set.of(Component.BONUS), d.capped());
  }

  @Test
  void nearMissABonusInItsBandIsNotCapped() {
    OfferFigures of = offer("15");
    CounterDraft d = CounterDraft.assemble(desired(of, "175000", "45000"), List.of(), Zone.IN_BAND, of);
    assertEquals(Set.of(), d.capped());
  }

  /**
   * The terms a counter is judged on, worked out once: the offer is worth $208,500 a year ($160,000
   * + $32,500 + a 10% bonus of $16,000), the counter $237,500 ($175,000 + $45,000 + $17,500).
   */
  @Test
  void theTermsGiveTheDraftItsWorthAndCeilingAndTheCounterItsGainAndTheLeastGainWorthAsking() {
    OfferFigures of = offer("10");
    CounterTerms terms = new CounterTerms(new BigDecimal("4"), true, usd("237500"), of, new BigDecimal("5"));
    CounterDraft d = CounterDraft.assemble(desired(of, "175000", "45000"), List.of(), Zone.IN_BAND, of, terms);
    assertEquals(usd("237500"), d.worth());
    assertEquals(usd("237500"), d.ceiling());
    CounterOffer c = d.asCounter();
    assertEquals(terms, c.terms());
    assertEquals(usd("29000"), c.gain());
    assertEquals(usd("10425"), c.minGain());
    // near miss: before bonus on the anchor's basis, the same draft is worth $220,000
    CounterDraft beforeBonus = CounterDraft.assemble(desired(of, "175000", "45000"), List.of(), Zone.IN_BAND, of,
        new CounterTerms(new BigDecimal("4"), false, usd("237500"), of, new BigDecimal("5")));
    assertEquals(usd("220000"), beforeBonus.worth());
  }

  /** Held to a ceiling below its worth, the counter gives back the stock raise first, to the terms' ceiling. */
  @Test
  void heldToItsCeilingTheCounterGivesBackTheStockRaiseFirst() {
    OfferFigures of = offer("10");
    CounterTerms terms = new CounterTerms(new BigDecimal("4"), true, usd("230000"), of, new BigDecimal("5"));
    CounterDraft d = CounterDraft.assemble(desired(of, "175000", "45000"), List.of(), Zone.IN_BAND, of, terms);
    CounterOffer held = d.heldToCeiling(new BigDecimal("1000"));
    assertEquals(usd("175000"), held.base());
    // $7,500 a year over the ceiling comes off the stock: $37,500 a year, $150,000 over four years
    assertEquals(usd("150000"), held.stockGrant());
    assertEquals(d.heldTo(usd("230000"), new BigDecimal("4"), true, of, new BigDecimal("1000")), held);
  }
}
