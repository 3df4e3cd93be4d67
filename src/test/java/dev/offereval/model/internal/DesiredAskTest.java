package dev.offereval.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offereval.Offers;
import dev.offereval.model.CompetingFigures;
import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the counter would ask before the band caps it ({@link DesiredAsk#of}): the anchor's base and
 * stock a year on the offer's own schedule, never less than offered, with the reason for each.
 */
class DesiredAskTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final BigDecimal FOUR_YEARS = new BigDecimal("4");

  private static Money usd(String amount) {
    return Money.of(amount, USD);
  }

  /** The asks for {@code offer} against its first competing offer as the anchor. */
  private static DesiredAsk asks(Offers.Builder offer) {
    Offer o = offer.build();
    Subject s = new Subject(o, 0);
    CompetingFigures c = CompetingFigures.of(0, o.competing().get(0), FxRate.identity(USD));
    return DesiredAsk.of(s, Anchor.of(s, c, Said.of("anchor-competing")), OfferFigures.of(s, FxRate.identity(USD)),
        FOUR_YEARS);
  }

  @Test
  void onTheSameScheduleTheAnchorsFiguresAreAskedAndNamed() {
    DesiredAsk a = asks(Offers.twilioSf().base("160000").stock("130000")
        .competing("Snowflake", "IC2", "180000", "200000", "USD"));
    assertEquals(usd("180000"), a.base());
    assertEquals(usd("50000"), a.stockPerYear());
    assertEquals(Said.of("ask-matches-base", Map.of("label", "Snowflake IC2")), a.baseReason());
    assertEquals(Said.of("ask-matches-stock", Map.of("label", "Snowflake IC2")), a.stockReason());
  }

  @Test
  void onAShorterScheduleTheStockAskedPaysWhatTheAnchorsPaysInTheView() {
    // the anchor's $200,000 over 4 years pays $200,000 in the 4-year view; a 3-year grant pays
    // all of it in the view, so $200,000 / 3 a year
    DesiredAsk a = asks(Offers.twilioSf().base("160000").stock("90000").vest(3)
        .competing("Snowflake", "IC2", "180000", "200000", "USD"));
    assertEquals(0, new BigDecimal("66666.67").compareTo(a.stockPerYear().amount().setScale(2, java.math.RoundingMode.HALF_UP)),
        a.stockPerYear().toString());
    assertEquals("ask-stock-on-offer-schedule", a.stockReason().code());
    assertEquals("Snowflake IC2", a.stockReason().values().get("label"));
  }

  @Test
  void nearMissAFigureTheOfferAlreadyBeatsIsAskedAsOffered() {
    DesiredAsk a = asks(Offers.twilioSf().base("190000").stock("240000")
        .competing("Snowflake", "IC2", "180000", "200000", "USD"));
    assertEquals(usd("190000"), a.base());
    assertEquals(usd("60000"), a.stockPerYear());
    assertEquals("ask-offered-base", a.baseReason().code());
    assertEquals("ask-offered-stock", a.stockReason().code());
  }
}
