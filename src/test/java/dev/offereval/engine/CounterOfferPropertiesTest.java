package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.Band;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Component;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.OfferFigures;
import dev.offereval.model.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the counter-offer over thousands of generated offers (synthetic, seeded, so a
 * failure reproduces). The seed is printed in every failure message.
 */
class CounterOfferPropertiesTest {
  private static final long SEED = 20261123L;
  private static final int OFFERS = 3000;

  private static final String[] REGIONS = {"san-francisco", "denver", "london"};
  private static final String[] TAGS = {
    "cdp", "segment", "kafka", "flink", "feature-store", "tecton", "python", "sql", "dbt", "airflow"
  };
  private static final String[][] COMPETITORS = {
    {"Snowflake", "IC2"}, {"Databricks", "IC2"}, {"Google", "L3"}, {"Meta", "E3"}, {"Snowflake", "IC3"},
    {"Example Corp", "L5"}
  };

  @Test
  void counterNeverGoesBelowTheOfferNorAboveTheBandUnlessFlagged() {
    Random random = new Random(SEED);
    int evaluated = 0;
    for (int i = 0; i < OFFERS; i++) {
      Offer offer = randomOffer(random, i);
      Evaluation e = Offers.shipped().evaluate(offer);
      String where = "seed " + SEED + ", offer " + i + ": " + offer;
      assertTrue(e.status() == Status.OK || e.status() == Status.NO_BAND, where + " -> " + e.messages());
      if (e.counter() == null) {
        continue;
      }
      evaluated++;
      Band band = e.band();
      OfferFigures offered = OfferFigures.of(offer, e.offerFx() == null
          ? dev.offereval.model.FxRate.identity(offer.currency()) : e.offerFx());
      CounterOfferResult c = e.counter();
      assertTrue(!c.base().isLessThan(offered.base()), where);
      assertTrue(!c.stockGrant().isLessThan(offered.stockGrantOver(band.vestYears())), where);
      assertTrue(c.bonusPct().compareTo(offered.bonusPct()) >= 0, where);
      assertTrue(!c.signOn().isLessThan(offered.signOn()), where);
      assertTrue(!c.totalComp().annual().isLessThan(offered.annualTotal()), where);
      assertTrue(!c.base().isGreaterThan(band.base().max()) || c.capped().contains(Component.BASE), where);
      assertTrue(!c.stockGrant().isGreaterThan(band.stockGrant().max()) || c.capped().contains(Component.STOCK), where);
      assertTrue(c.bonusPct().compareTo(band.bonusPct().max()) <= 0 || c.capped().contains(Component.BONUS), where);
    }
    assertTrue(evaluated > OFFERS / 2, "too few offers had a band: " + evaluated);
  }

  @Test
  void addingASkillNeverLowersTheCounter() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < OFFERS / 3; i++) {
      Offer offer = randomOffer(random, i);
      TreeSet<String> more = new TreeSet<>(offer.skills());
      more.add(TAGS[random.nextInt(TAGS.length)]);
      assertNotLower(offer, offer.withSkills(more), "seed " + (SEED + 1) + ", offer " + i + " + skill");
    }
  }

  @Test
  void raisingACompetingOfferNeverLowersTheCounter() {
    Random random = new Random(SEED + 2);
    for (int i = 0; i < OFFERS / 3; i++) {
      Offer offer = randomOffer(random, i);
      if (offer.competing().isEmpty()) {
        offer = offer.withCompeting(List.of(randomCompeting(random, offer.currency().getCurrencyCode())));
      }
      List<CompetingOffer> raised = new ArrayList<>();
      BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(random.nextInt(40), 2));
      for (CompetingOffer c : offer.competing()) {
        raised.add(new CompetingOffer(c.company(), c.level(), c.base().times(factor), c.stockGrant().times(factor),
            c.vestYears(), c.bonusPct()));
      }
      assertNotLower(offer, offer.withCompeting(raised), "seed " + (SEED + 2) + ", offer " + i + " x " + factor);
    }
  }

  private static void assertNotLower(Offer before, Offer after, String where) {
    CounterOfferResult a = Offers.shipped().evaluate(before).counter();
    CounterOfferResult b = Offers.shipped().evaluate(after).counter();
    assertEquals(a == null, b == null, where);
    if (a == null) {
      return;
    }
    String msg = where + "\n before " + a + "\n after  " + b;
    assertTrue(!b.base().isLessThan(a.base()), msg);
    assertTrue(!b.stockGrant().isLessThan(a.stockGrant()), msg);
    assertTrue(b.bonusPct().compareTo(a.bonusPct()) >= 0, msg);
    assertTrue(!b.signOn().isLessThan(a.signOn()), msg);
    assertTrue(!b.totalComp().annual().isLessThan(a.totalComp().annual()), msg);
  }

  /** A synthetic offer near one of the seed's bands, sometimes off-band, in another currency or at L3. */
  static Offer randomOffer(Random r, int i) {
    String region = REGIONS[r.nextInt(REGIONS.length)];
    String currency = region.equals("london") ? "GBP" : "USD";
    if (r.nextInt(10) == 0) {
      currency = currency.equals("GBP") ? "USD" : "GBP";
    }
    String level = r.nextInt(12) == 0 ? "L3" : "L2";
    TreeSet<String> skills = new TreeSet<>();
    for (String t : TAGS) {
      if (r.nextInt(4) == 0) {
        skills.add(t);
      }
    }
    List<CompetingOffer> competing = new ArrayList<>();
    for (int c = r.nextInt(3); c > 0; c--) {
      competing.add(randomCompeting(r, r.nextBoolean() ? "USD" : "GBP"));
    }
    return new Offer("p" + i, "Twilio", "Data Engineer", level, region,
        money(r, 80_000, 240_000, currency), money(r, 0, 300_000, currency), 1 + r.nextInt(5),
        BigDecimal.valueOf(r.nextInt(2000), 2), r.nextInt(4) == 0 ? money(r, 0, 40_000, currency) : null,
        skills, competing);
  }

  static CompetingOffer randomCompeting(Random r, String currency) {
    String[] who = COMPETITORS[r.nextInt(COMPETITORS.length)];
    return new CompetingOffer(who[0], who[1], money(r, 90_000, 260_000, currency), money(r, 0, 320_000, currency),
        1 + r.nextInt(5), r.nextBoolean() ? null : BigDecimal.valueOf(r.nextInt(2500), 2));
  }

  private static Money money(Random r, int min, int max, String currency) {
    long cents = (long) min * 100 + (long) (r.nextDouble() * (max - min) * 100);
    return new Money(BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance(currency));
  }
}
