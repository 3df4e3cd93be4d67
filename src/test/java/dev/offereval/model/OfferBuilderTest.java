package dev.offereval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OfferBuilderTest {

  private static Offer.Builder seed() {
    return Offer.builder().offerId("seed-example").company("Twilio").role("Data Engineer").level("L2")
        .region("san-francisco").base(Money.of(170_000, "USD")).stockGrant(Money.of(160_000, "USD"))
        .bonusPct(10);
  }

  @Test
  void builderGivesTheSameOfferAsTheConstructor() {
    Offer built = seed().skills(Set.of("kafka", "CDP")).addCompeting(new CompetingOffer("Snowflake", "IC2",
        Money.of(195_000, "USD"), Money.of(230_000, "USD"), 4, null)).build();
    Offer direct = new Offer("seed-example", "Twilio", "Data Engineer", "L2", "san-francisco",
        Money.of("170000", "USD"), Money.of("160000", "USD"), 4, BigDecimal.TEN, null,
        new TreeSet<>(List.of("cdp", "kafka")),
        List.of(new CompetingOffer("Snowflake", "IC2", Money.of("195000", "USD"), Money.of("230000", "USD"), 4, null)));
    assertEquals(direct, built);
    assertEquals(List.of("cdp", "kafka"), List.copyOf(built.skills()));
  }

  @Test
  void unsetFieldsTakeTheDefaults() {
    Offer o = seed().build();
    assertEquals(Offer.DEFAULT_VEST_YEARS, o.vestYears());
    assertEquals(Money.zero(Currency.getInstance("USD")), o.signOn());
    assertTrue(o.skills().isEmpty());
    assertTrue(o.competing().isEmpty());
  }

  @Test
  void toBuilderChangesOneFieldAndKeepsTheRest() {
    Offer o = seed().skills("cdp").build();
    Offer more = o.toBuilder().addCompeting(new CompetingOffer("Google", "L4", Money.of(1, "USD"), null, 4, null))
        .addCompeting(new CompetingOffer("Meta", "E4", Money.of(2, "USD"), null, 4, null)).build();
    assertEquals(2, more.competing().size());
    assertEquals(o.skills(), more.skills());
    assertEquals(o, more.withCompeting(List.of()));
  }

  @Test
  void missingOrBadFieldsAreNamedWithTheirValue() {
    InvalidInputException missing = assertThrows(InvalidInputException.class, () -> seed().company(" ").build());
    assertEquals("company is required", missing.getMessage());
    assertEquals("company", missing.field());
    InvalidInputException noBase = assertThrows(InvalidInputException.class, () -> seed().base(null).build());
    assertEquals("base is required", noBase.getMessage());
    InvalidInputException years = assertThrows(InvalidInputException.class, () -> seed().vestYears(11).build());
    assertEquals("vest_years must be between 1 and 10, was 11", years.getMessage());
    assertEquals("11", years.problems().get(0).value());
  }

  @Test
  void everyRecordComponentHasASetter() {
    for (RecordComponent c : Offer.class.getRecordComponents()) {
      assertTrue(Arrays.stream(Offer.Builder.class.getMethods()).map(Method::getName).anyMatch(c.getName()::equals),
          "Offer.Builder has no setter for " + c.getName());
    }
  }

  @Test
  void moneyOfTakesTextLongsAndDecimalsWithACodeOrACurrency() {
    Money expected = new Money(new BigDecimal("170000"), Currency.getInstance("USD"));
    assertEquals(expected, Money.of("170000", "USD"));
    assertEquals(expected, Money.of(" 170000.00 ", "usd"));
    assertEquals(expected, Money.of(170_000, "USD"));
    assertEquals(expected, Money.of(170_000, Currency.getInstance("USD")));
    assertEquals(expected, Money.of(new BigDecimal("170000"), "USD"));
    assertEquals(expected, Money.of(new BigDecimal("170000"), Currency.getInstance("USD")));
    assertEquals(expected, Money.of("170000", Currency.getInstance("USD")));
  }

  @Test
  void moneyOfNamesTheArgumentAndTheValue() {
    InvalidInputException amount = assertThrows(InvalidInputException.class, () -> Money.of("170k", "USD"));
    assertEquals("amount \"170k\" is not a decimal number (write 170000 or 170000.50)", amount.getMessage());
    assertEquals("amount", amount.field());
    InvalidInputException code = assertThrows(InvalidInputException.class, () -> Money.of(1, "XYZ"));
    assertEquals("currency \"XYZ\" is not an ISO 4217 code (such as USD or GBP)", code.getMessage());
    NullPointerException none = assertThrows(NullPointerException.class, () -> Money.of((String) null, "USD"));
    assertEquals("amount must not be null", none.getMessage());
  }
}
