package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.Component;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Money;
import dev.offereval.model.Status;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The guide's worked "negotiate up" example, through the public facade on the shipped files. */
class SeedExampleTest {

  @Test
  void seedExampleHoldsEveryLeverAndCountersAtTheCompetingOffer() {
    // given a Twilio L2 San Francisco offer below a Snowflake IC2 offer of $195K + $230K RSUs / 4 yr
    Evaluation e = Offers.shipped().evaluate(Offers.seedExample());

    // then
    assertEquals(Status.OK, e.status(), e.messages().toString());
    assertEquals(
        List.of("cdp-pipeline-expertise", "real-time-streaming", "ai-ml-data-infrastructure",
            "competing-market-demand", "segment-customerai-data-pipeline"),
        e.levers().stream().map(l -> l.id()).toList());
    assertNotNull(e.counter().orElse(null), e.firedRules().toString() + e.messages());
    assertEquals(Money.of("195000", "USD"), e.counter().orElseThrow().base());
    assertEquals(Money.of("230000", "USD"), e.counter().orElseThrow().stockGrant());
    assertEquals(4, e.counter().orElseThrow().vestYears());
    assertEquals(Set.of(), e.counter().orElseThrow().capped());
    // 195,000 + 230,000 / 4 + 195,000 x 10% = 272,000
    assertEquals(Money.of("272000", "USD"), e.counter().orElseThrow().totalComp().annual());
    assertTrue(e.script().orElseThrow().contains("the base at $195K and RSUs at $230K over four years"), e.script().orElse(null));
    assertTrue(e.script().orElseThrow().contains("$195K base with $230K in stock"), e.script().orElse(null));
    assertTrue(e.script().orElseThrow().contains("At $272K a year in total comp"), e.script().orElse(null));
    assertEquals("twilio-negotiate-up", e.scriptTemplateId());
    assertEquals(
        List.of(Component.BASE, Component.STOCK, Component.BONUS, Component.TOTAL_COMP),
        e.positions().stream().map(p -> p.component()).toList());
    assertEquals(new java.math.BigDecimal("10"), e.counter().orElseThrow().bonusPct());
  }
}
