package dev.offereval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The offer record validates itself at construction: each limit holds at its edge. */
class OfferTest {

  private static Offer offer(int vestYears, String bonusPct, List<String> skills) {
    return new Offer("x", "Twilio", "Data Engineer", "L2", "denver", Money.of("150000", "USD"),
        Money.of("100000", "USD"), vestYears, bonusPct == null ? null : new BigDecimal(bonusPct), null,
        skills == null ? null : new java.util.TreeSet<>(skills), null);
  }

  @ParameterizedTest(name = "vest years {0} is accepted")
  @ValueSource(ints = {1, 4, Offer.MAX_VEST_YEARS})
  void vestYearsInRange(int years) {
    assertEquals(years, offer(years, "10", List.of()).vestYears());
  }

  @ParameterizedTest(name = "vest years {0} is rejected")
  @ValueSource(ints = {0, -1, Offer.MAX_VEST_YEARS + 1})
  void vestYearsOutOfRange(int years) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> offer(years, "10", List.of()));
    assertEquals("vest_years must be between 1 and 10, was " + years, e.getMessage());
  }

  @ParameterizedTest(name = "bonus {0}% is accepted")
  @ValueSource(strings = {"0", "0.01", "1000"})
  void percentInRange(String pct) {
    assertEquals(0, new BigDecimal(pct).compareTo(offer(4, pct, List.of()).bonusPct()));
  }

  @ParameterizedTest(name = "bonus {0}% is rejected")
  @ValueSource(strings = {"-0.01", "1000.01"})
  void percentOutOfRange(String pct) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> offer(4, pct, List.of()));
    assertTrue(e.getMessage().startsWith("bonus_pct must be between 0 and 1000"), e.getMessage());
  }

  @Test
  void blankOptionalsTakeTheirDefaults() {
    Offer o = offer(4, null, null);
    assertEquals(BigDecimal.ZERO, o.bonusPct());
    assertEquals(Money.zero(o.currency()), o.signOn());
    assertTrue(o.skills().isEmpty());
    assertTrue(o.competing().isEmpty());
  }

  @Test
  void skillsAreKeysAndBlankOnesGo() {
    Offer o = offer(4, "10", Arrays.asList(" Kafka ", "FEATURE  store", "", "   ", "kafka"));
    assertEquals(List.of("feature store", "kafka"), List.copyOf(o.skills()));
    assertThrows(UnsupportedOperationException.class, () -> o.skills().add("x"));
  }

  @Test
  void copiesKeepEverythingButWhatTheyChange() {
    Offer o = offer(4, "10", List.of("cdp"));
    CompetingOffer c = new CompetingOffer("Snowflake", "IC2", Money.of("1", "USD"), null, 4, null);
    Offer more = o.withCompeting(List.of(c));
    assertEquals(List.of(c), more.competing());
    assertEquals(o.withCompeting(List.of()), o);
    assertEquals(Set.of("flink"), o.withSkills(List.of("Flink")).skills());
    assertEquals(new BandKey("Twilio", "Data Engineer", "L2", "denver"), o.bandKey());
    assertEquals(Money.of("190000", "USD"), o.totalComp().annual(), "150,000 + 100,000 / 4 + 10% of 150,000");
  }

  @Test
  void amountsMustShareTheOffersCurrencyAndBeNonNegative() {
    assertThrows(InvalidInputException.class, () -> new Offer("x", "T", "R", "L", "r", Money.of("1", "USD"),
        Money.of("1", "GBP"), 4, null, null, null, null));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Offer("x", "T", "R", "L", "r",
        Money.of("-1", "USD"), null, 4, null, null, null, null));
    assertEquals("base is negative: -1", e.getMessage());
  }
}
