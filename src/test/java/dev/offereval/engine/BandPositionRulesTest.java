package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.offereval.Offers;
import dev.offereval.model.Component;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Position;
import dev.offereval.model.Zone;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/band-position.drl at the exact edges of the seed's San Francisco band. */
class BandPositionRulesTest {

  private static Position position(Offers.Builder b, Component c) {
    return Offers.shipped().evaluate(b.build()).position(c).orElseThrow();
  }

  @ParameterizedTest(name = "base {0} is {1}")
  @CsvSource({
    "149999.99, BELOW_BAND",
    "150000, IN_BAND",
    "150000.00, IN_BAND",
    "200000, IN_BAND",
    "200000.01, ABOVE_BAND",
  })
  void baseZoneAtTheEdges(String base, Zone zone) {
    assertEquals(zone, position(Offers.twilioSf().base(base), Component.BASE).zone());
  }

  @ParameterizedTest(name = "stock grant {0} is {1}")
  @CsvSource({"119999.99, BELOW_BAND", "120000, IN_BAND", "240000, IN_BAND", "240000.01, ABOVE_BAND"})
  void stockZoneAtTheEdges(String stock, Zone zone) {
    assertEquals(zone, position(Offers.twilioSf().stock(stock), Component.STOCK).zone());
  }

  @ParameterizedTest(name = "bonus {0}% is {1}")
  @CsvSource({"9.99, BELOW_BAND", "10, IN_BAND", "15, IN_BAND", "15.01, ABOVE_BAND"})
  void bonusZoneAtTheEdges(String bonus, Zone zone) {
    assertEquals(zone, position(Offers.twilioSf().bonus(bonus), Component.BONUS).zone());
  }

  @Test
  void penetrationIsZeroAtMinOneAtMaxAndCompaRatioOneAtMidpoint() {
    assertEquals(0, position(Offers.twilioSf().base("150000"), Component.BASE).penetration().signum());
    assertEquals(0, BigDecimal.ONE.compareTo(position(Offers.twilioSf().base("200000"), Component.BASE).penetration()));
    Position mid = position(Offers.twilioSf().base("175000"), Component.BASE);
    assertEquals(0, new BigDecimal("0.5").compareTo(mid.penetration()));
    assertEquals(0, BigDecimal.ONE.compareTo(mid.compaRatio()));
  }

  @Test
  void stockGrantOverOtherVestingIsComparedOverTheBandsFourYears() {
    // 120,000 over 3 years is 40,000 a year, the same as 160,000 over the band's 4 years
    Position p = position(Offers.twilioSf().stock("120000").vest(3), Component.STOCK);
    assertEquals(0, new BigDecimal("160000").compareTo(p.offered()));
  }

  @Test
  void totalCompIsPlacedAgainstTheStatedRangeByTheFormula() {
    // 170,000 + 160,000 / 4 + 170,000 x 10% = 227,000 against the stated 210,000–310,000
    Evaluation e = Offers.shipped().evaluate(Offers.twilioSf().build());
    Position p = e.position(Component.TOTAL_COMP).orElse(null);
    assertEquals(0, new BigDecimal("227000").compareTo(p.offered()));
    assertEquals(0, new BigDecimal("0.17").compareTo(p.penetration()));
    assertEquals(Zone.IN_BAND, p.zone());
  }

  @Test
  void nearMissNoBandMeansNoPositions() {
    Evaluation e = Offers.shipped().evaluate(Offers.twilioSf().level("L3").build());
    assertEquals(0, e.positions().size());
    assertNull(e.position(Component.BASE).orElse(null));
  }
}
