package dev.offereval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading one offers row: each column's rule, with a row that passes beside each that does not. */
class OfferCsvReaderTest {
  private static final String HEADER = "offer_id,company,role,level,region,currency,base,stock_grant,vest_years,"
      + "bonus_pct,sign_on,skills,competing_company,competing_level,competing_base,competing_stock_grant,"
      + "competing_vest_years,competing_bonus_pct,competing_currency,note\n";

  @TempDir Path tmp;

  private List<OfferRow> read(String rows) throws Exception {
    Path file = tmp.resolve("offers-" + System.nanoTime() + ".csv");
    Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
    return new OfferCsvReader(Offers.shipped().data()).read(file, "offers.csv", Map.of()).rows();
  }

  private OfferRow one(String row) throws Exception {
    List<OfferRow> rows = read(row + "\n");
    assertEquals(1, rows.size());
    return rows.get(0);
  }

  @Test
  void anInlineCompetingOfferTakesItsDefaults() throws Exception {
    OfferRow row = one("a,Twilio,Data Engineer,L2,london,,95000,80000,,12%,,,Snowflake,IC2,120000,,,,,x");
    assertTrue(row.valid(), row.errors().toString());
    Offer o = row.offer();
    assertEquals(Money.of("95000", "GBP"), o.base(), "a blank currency takes the band's");
    assertEquals(4, o.vestYears(), "a blank vest_years takes the band's");
    assertEquals(0, new BigDecimal("12").compareTo(o.bonusPct()));
    CompetingOffer c = o.competing().get(0);
    assertEquals(Money.of("120000", "GBP"), c.base(), "a blank competing currency takes the offer's");
    assertEquals(Money.of("0", "GBP"), c.stockGrant());
    assertEquals(OfferCsvReader.DEFAULT_VEST_YEARS, c.vestYears());
    assertNull(c.bonusPct(), "an unknown competing bonus stays unknown");
    assertTrue(c.vestingAssumed(), "a blank competing vesting is assumed, and says so in the reports");
    assertEquals(Map.of("note", "x"), row.extras());
  }

  @Test
  void aCompetingOfferWithItsOwnCurrencyVestingAndBonus() throws Exception {
    OfferRow row = one("a,Twilio,Data Engineer,L2,london,GBP,95000,,,,,,Google,L3,\"$150,000\",90000,3,12.5,USD,");
    assertTrue(row.valid(), row.errors().toString());
    CompetingOffer c = row.offer().competing().get(0);
    assertEquals(Money.of("150000", "USD"), c.base());
    assertEquals(3, c.vestYears());
    assertFalse(c.vestingAssumed(), "near miss: its vest years were given");
    assertEquals(0, new BigDecimal("12.5").compareTo(c.bonusPct()));
  }

  @Test
  void aCompetingOfferMissingItsBaseOrCompanyMakesTheRowInvalid() throws Exception {
    assertTrue(one("a,Twilio,Data Engineer,L2,denver,USD,150000,,,,,,Snowflake,IC2,,,,,,").errors().toString()
        .contains("competing_base is required"));
    assertTrue(one("a,Twilio,Data Engineer,L2,denver,USD,150000,,,,,,,IC2,150000,,,,,").errors().toString()
        .contains("competing_company is required"));
    assertTrue(one("a,Twilio,Data Engineer,L2,denver,USD,150000,,,,,,Snowflake,IC2,150000,,,,EURO,").errors()
        .toString().contains("competing_currency 'EURO' is not an ISO 4217 currency code"));
    assertTrue(one("a,Twilio,Data Engineer,L2,denver,USD,150000,,,,,,Snowflake,IC2,150000,,11,,,").errors()
        .toString().contains("vest"), "vest years over the limit");
  }

  @Test
  void noCompetingColumnsFilledMeansNoCompetingOffer() throws Exception {
    OfferRow row = one("a,Twilio,Data Engineer,L2,denver,USD,150000,,,,,,  ,,,,,,,");
    assertTrue(row.valid(), row.errors().toString());
    assertTrue(row.offer().competing().isEmpty());
  }

  @Test
  void aBlankCurrencyWithNoBandTakesTheRegionsCurrencyWhenItHasOne() throws Exception {
    OfferRow l3 = one("a,Twilio,Data Engineer,L3,london,,95000,,,,,,,,,,,,,");
    assertEquals(Money.of("95000", "GBP"), l3.offer().base(), "london's bands are all in GBP");
    OfferRow nowhere = one("a,Twilio,Data Engineer,L2,new-york,,95000,,,,,,,,,,,,,");
    assertFalse(nowhere.valid());
    assertEquals(List.of("currency is blank, and no band for this offer or its region gives one"), nowhere.errors());
  }

  @ParameterizedTest(name = "bonus_pct {0}")
  @CsvSource(delimiter = '|', value = {"10|10", "10%|10", "12.5 %|12.5", "0|0", "1000|1000"})
  void percentagesAreReadWithOrWithoutTheirSign(String text, String expected) throws Exception {
    OfferRow row = one("a,Twilio,Data Engineer,L2,denver,USD,150000,,," + text + ",,,,,,,,,,");
    assertTrue(row.valid(), row.errors().toString());
    assertEquals(0, new BigDecimal(expected).compareTo(row.offer().bonusPct()));
  }

  @ParameterizedTest(name = "bonus_pct {0}")
  @CsvSource(delimiter = '|', value = {"$10", "£10", "ten", "1000.01", "-1"})
  void somethingElseIsNotAPercentage(String text) throws Exception {
    OfferRow row = one("a,Twilio,Data Engineer,L2,denver,USD,150000,,," + text + ",,,,,,,,,,");
    assertFalse(row.valid(), text);
    assertTrue(row.errors().get(0).startsWith("bonus_pct"), row.errors().toString());
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
    "€150000|USD|is in euros but the currency is USD",
    "$150000|GBP|is in dollars but the currency is GBP",
    "$150000|EUR|is in dollars but the currency is EUR",
    "£150000|EUR|is in pounds but the currency is EUR",
  })
  void aCurrencySymbolThatContradictsTheRowIsRejected(String base, String currency, String message) throws Exception {
    OfferRow row = one("a,Twilio,Data Engineer,L2,denver," + currency + "," + base + ",,,,,,,,,,,,,");
    assertFalse(row.valid());
    assertTrue(row.errors().get(0).endsWith(message), row.errors().toString());
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {"€150000|EUR", "$150000|USD", "£150000|GBP", "150000|EUR"})
  void aCurrencySymbolThatAgreesIsAccepted(String base, String currency) throws Exception {
    OfferRow row = one("a,Twilio,Data Engineer,L2,denver," + currency + "," + base + ",,,,,,,,,,,,,");
    assertTrue(row.valid(), row.errors().toString());
    assertEquals(0, new BigDecimal("150000").compareTo(row.offer().base().amount()));
  }

  @Test
  void skillsSplitOnSemicolonsAndBarsAndDropBlanks() throws Exception {
    OfferRow row = one("a,Twilio,Data Engineer,L2,denver,USD,150000,,,,,\" CDP ; kafka|| Flink;\",,,,,,,,");
    assertEquals(List.of("cdp", "flink", "kafka"), List.copyOf(row.offer().skills()));
  }

  @Test
  void vestYearsAreWholeYears() throws Exception {
    assertEquals(3, one("a,Twilio,Data Engineer,L2,denver,USD,150000,90000,3,,,,,,,,,,,").offer().vestYears());
    assertTrue(one("a,Twilio,Data Engineer,L2,denver,USD,150000,90000,2.5,,,,,,,,,,,").errors().get(0)
        .contains("is not a whole number of years"));
    assertTrue(one("a,Twilio,Data Engineer,L2,denver,USD,150000,90000,1234,,,,,,,,,,,").errors().get(0)
        .contains("is not a whole number of years"));
  }

  @Test
  void openReadsRowByRowKeepingLinesIdsAndPassThroughColumns() throws Exception {
    Path file = tmp.resolve("stream.csv");
    Files.writeString(file, HEADER + "a,Twilio,Data Engineer,L2,denver,USD,150000,,,,,,,,,,,,,n1\n\n"
        + "b,Twilio,Data Engineer,L2,denver,USD,150000,,,,,,,,,,,,,n2\n"
        + "a,Twilio,Data Engineer,L2,denver,USD,150000,,,,,,,,,,,,,n3\n", StandardCharsets.UTF_8);
    try (OfferCsvReader.Rows rows = new OfferCsvReader(Offers.shipped().data()).open(file, "f.csv", Map.of())) {
      assertEquals(List.of("note"), rows.extraColumns());
      OfferCsvReader.Record first = rows.next();
      assertEquals(2, first.line());
      assertEquals("a", first.offerId());
      OfferCsvReader.Record second = rows.next();
      assertEquals(4, second.line(), "the blank line is skipped and counted");
      OfferCsvReader.Record third = rows.next();
      assertNull(rows.next());
      assertTrue(first.toRow().valid());
      OfferRow repeated = third.toRow();
      assertFalse(repeated.valid());
      assertEquals(List.of("offer_id 'a' is a duplicate of line 2"), repeated.errors());
      assertEquals("n3", repeated.extras().get("note"));
    }
  }

  @Test
  void fromValuesChecksOptionsLikeACsvRow() {
    OfferCsvReader reader = new OfferCsvReader(Offers.shipped().data());
    OfferRow ok = reader.fromValues(0, Map.of("offer_id", "x", "company", "Twilio", "role", "Data Engineer",
        "level", "L2", "region", "denver", "base", "150000"));
    assertTrue(ok.valid(), ok.errors().toString());
    assertEquals(Money.of("150000", "USD"), ok.offer().base());
    OfferRow bad = reader.fromValues(0, Map.of("offer_id", "x", "company", "Twilio", "role", "Data Engineer",
        "level", "L2", "region", "denver", "base", "lots"));
    assertFalse(bad.valid());
  }

  @Test
  void aCompetingFileGroupsItsRowsByOfferAndStopsOnABadRow() throws Exception {
    Path file = tmp.resolve("competing.csv");
    Files.writeString(file, "offer_id,competing_company,competing_level,competing_base\n"
        + "a,Snowflake,IC2,150000\na,Databricks,IC2,160000\nb,Google,L3,140000\n", StandardCharsets.UTF_8);
    var byOffer = OfferCsvReader.readCompeting(file, "competing.csv");
    assertEquals(List.of("a", "b"), List.copyOf(byOffer.keySet()));
    assertEquals(2, byOffer.get("a").size());
    Files.writeString(file, "offer_id,competing_company,competing_level,competing_base\n,Snowflake,IC2,150000\n",
        StandardCharsets.UTF_8);
    CsvFileException e = assertThrows(CsvFileException.class, () -> OfferCsvReader.readCompeting(file, "competing.csv"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("offer_id is blank"), e.getMessage());
  }
}
