package dev.offereval.engine;

import static dev.offereval.engine.RuleFacts.subject;
import static dev.offereval.engine.RuleFacts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offereval.Offers;
import dev.offereval.model.Money;
import dev.offereval.model.Component;
import dev.offereval.model.FxRate;
import dev.offereval.model.PreviousRound;
import dev.offereval.model.internal.ComponentRevision;
import dev.offereval.model.internal.Competing;
import dev.offereval.model.internal.OfferFigures;
import dev.offereval.model.internal.RoundAdvice;
import dev.offereval.model.internal.RoundMove;
import dev.offereval.model.internal.Said;
import dev.offereval.model.internal.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rules/rounds.drl alone, on hand-made facts: a revision of the seed's offer ($170K base, $160K
 * stock over four years, 10% bonus; worth $227,000 a year) against round 1's ask ($195K base,
 * $230K stock; worth $272,000 a year), with the shipped policy (accept at 75% of the gap, a
 * component moved at 25%) and round scripts. Each decision is checked exactly, with a near miss
 * beside it. Reads RoundMove, ComponentRevision, Competing, OfferFigures, Policy and ScriptTemplate;
 * writes RoundAdvice.
 */
class RoundsFileTest {
  private static final BigDecimal VIEW = new BigDecimal("4");
  private static final BigDecimal ACCEPT_PCT = new BigDecimal("75");
  private static final BigDecimal MOVED_PCT = new BigDecimal("25");
  private static final BigDecimal STEP = new BigDecimal("500");
  private static final PreviousRound.Asked ASK = new PreviousRound.Asked(usd("195000"), usd("230000"),
      new BigDecimal("10"), usd("0"));
  private static final PreviousRound.Asked ASK_WITH_SIGN_ON = new PreviousRound.Asked(usd("195000"), usd("160000"),
      new BigDecimal("10"), usd("20000"));
  private static RuleFileHarness rounds;

  @BeforeAll
  static void compile() {
    rounds = RuleFileHarness.of("rounds.drl");
  }

  // ---- facts ----

  /** The revised offer: the seed's, with a new base, grant and sign-on; a Snowflake IC2 offer when {@code competing}. */
  private static Subject revised(String base, String stock, String signOn, boolean competing) {
    Offers.Builder b = Offers.twilioSf().base(base).stock(stock).signOn(signOn);
    if (competing) {
      b.competing("Snowflake", "IC2", "195000", "230000", "USD");
    }
    return subject(b);
  }

  private static PreviousRound previous(PreviousRound.Asked ask, String decision) {
    return new PreviousRound(1, Offers.twilioSf().build(), ask, decision);
  }

  /** The revision as a whole: worth {@code after} a year, closing {@code closed}% of the gap. */
  private static RoundMove move(Subject s, PreviousRound p, String after, String closed) {
    Money rest = usd("272000").minus(usd(after)).max(usd("0"));
    return new RoundMove(s, 2, RoundMove.HOLD.equals(p.decision()), p, usd("227000"), usd("272000"), usd(after),
        new BigDecimal(closed), RoundMove.signOnCoverPct(rest, s.offer().base(), new BigDecimal("4")));
  }

  /** One component: asked for more or not, and the share of the package's gap its change closed. */
  private static ComponentRevision component(Subject s, Component c, String before, String asked, String after,
      String valueClosed) {
    return ComponentRevision.of(s, c, new BigDecimal(before), new BigDecimal(asked), new BigDecimal(after),
        new BigDecimal(valueClosed));
  }

  /** What the rules advise, with the shipped policy and scripts and the subject's competing offers. */
  private static List<RoundAdvice> advice(Subject s, Object... facts) {
    List<Object> all = new ArrayList<>(List.of(facts));
    all.add(RuleFacts.data().policy());
    all.addAll(RuleFacts.data().scripts());
    all.add(s);
    all.add(OfferFigures.of(s, FxRate.identity(RuleFacts.USD)));
    for (int i = 0; i < s.offer().competing().size(); i++) {
      all.add(new Competing(s, RuleFacts.competing(s, i)));
    }
    return rounds.fire(all.toArray()).inserted(RoundAdvice.class);
  }

  private static Map<String, Object> closedValues(String closed, BigDecimal min, String after) {
    return new java.util.HashMap<>(Map.of("closed", new BigDecimal(closed), "min", min, "asked", usd("272000"),
        "now", usd(after), "view", "4-year average"));
  }

  /** The trade expected on {@code m}: {@code amount} more of {@code cover} for the rest, and the ask that follows. */
  private static RoundAdvice trade(Subject s, RoundMove m, String rest, Component cover, String amount,
      PreviousRound.Asked ask) {
    Map<String, Object> v = closedValues(m.gapClosedPct().toPlainString(), ACCEPT_PCT, m.valueAfter().amount().toPlainString());
    v.put("rest", usd(rest));
    v.put("cover", cover);
    v.put("amount", usd(amount));
    return new RoundAdvice(s, RoundAdvice.Kind.TRADE, "round-trade", m, cover, usd(amount), -1, ask,
        Said.of("round-trade", v));
  }

  // ---- accept ----

  @Test
  void aRevisionClosingThePolicyShareOfTheGapIsAccepted() {
    Subject s = revised("190000", "220000", "0", false);
    PreviousRound p = previous(ASK, "counter");
    RoundMove m = move(s, p, "260750", "75.00");
    List<RoundAdvice> a = advice(s, m, component(s, Component.BASE, "170000", "195000", "190000", "48.89"),
        component(s, Component.STOCK, "160000", "230000", "220000", "33.33"));
    assertEquals(List.of(new RoundAdvice(s, RoundAdvice.Kind.ACCEPT, "round-accept", m, null, null, -1, null,
        Said.of("round-accept", closedValues("75.00", ACCEPT_PCT, "260750")))), a);
  }

  @Test
  void nearMissOneHundredthOfAPercentUnderThePolicyShareIsNotAcceptedAndWithEveryComponentMovedNothingElseFires() {
    Subject s = revised("190000", "220000", "0", false);
    RoundMove m = move(s, previous(ASK, "counter"), "260745", "74.99");
    assertEquals(List.of(), advice(s, m, component(s, Component.BASE, "170000", "195000", "190000", "48.89"),
        component(s, Component.STOCK, "160000", "230000", "220000", "26.10")));
  }

  // ---- trade ----

  @Test
  void theBaseMovedAndTheStockDidNotSoASignOnCoversTheRest() {
    Subject s = revised("185000", "160000", "0", false);
    PreviousRound p = previous(ASK, "counter");
    RoundMove m = move(s, p, "260500", "74.44");
    List<RoundAdvice> a = advice(s, m, component(s, Component.BASE, "170000", "195000", "185000", "25.00"),
        component(s, Component.STOCK, "160000", "230000", "160000", "0.00"),
        component(s, Component.SIGN_ON, "0", "0", "0", "0.00"));
    // the rest is $11,500 a year; a sign-on counts a quarter of itself a year over four years:
    // $46,000, 24.87% of the $185,000 base, within the policy's 25%
    assertEquals(List.of(trade(s, m, "11500", Component.SIGN_ON, "46000",
        new PreviousRound.Asked(usd("185000"), usd("160000"), new BigDecimal("10"), usd("46000")))), a);
  }

  @Test
  void nearMissASignOnOverThePolicyShareOfTheBaseIsAskedAsStock() {
    Subject s = revised("185000", "160000", "0", false);
    RoundMove m = move(s, previous(ASK, "counter"), "260400", "74.22");
    List<RoundAdvice> a = advice(s, m, component(s, Component.BASE, "170000", "195000", "185000", "25.00"),
        component(s, Component.STOCK, "160000", "230000", "160000", "0.00"),
        component(s, Component.SIGN_ON, "0", "0", "0", "0.00"));
    // $11,600 a year would be a $46,400 sign-on, 25.09% of the base: stock covers it, $46,000 at the step
    assertEquals(List.of(trade(s, m, "11600", Component.STOCK, "46000",
        new PreviousRound.Asked(usd("185000"), usd("206000"), new BigDecimal("10"), usd("0")))), a);
  }

  @Test
  void nearMissABaseThatClosedJustUnderTheMovedShareIsAHoldNotATrade() {
    Subject s = revised("185000", "160000", "0", false);
    RoundMove m = move(s, previous(ASK, "counter"), "243500", "36.67");
    List<RoundAdvice> a = advice(s, m, component(s, Component.BASE, "170000", "195000", "185000", "24.99"),
        component(s, Component.STOCK, "160000", "230000", "160000", "0.00"));
    assertEquals(List.of(RoundAdvice.Kind.HOLD), a.stream().map(RoundAdvice::kind).toList());
  }

  @Test
  void aSignOnAskedForAndRefusedIsNotAskedAgainStockCoversTheRest() {
    Subject s = revised("190000", "160000", "0", false);
    PreviousRound p = previous(ASK_WITH_SIGN_ON, "counter");
    RoundMove m = move(s, p, "232500", "12.22");
    List<RoundAdvice> a = advice(s, m, component(s, Component.BASE, "170000", "195000", "190000", "44.44"),
        component(s, Component.SIGN_ON, "0", "20000", "0", "0.00"));
    // the rest is $39,500 a year; a grant over four years, evenly, pays a quarter of itself a year
    assertEquals(List.of(trade(s, m, "39500", Component.STOCK, "158000",
        new PreviousRound.Asked(usd("190000"), usd("318000"), new BigDecimal("10"), usd("0")))), a);
  }

  @Test
  void nearMissASignOnNotAskedForIsTheCoverEvenWhenItDidNotMove() {
    Subject s = revised("190000", "160000", "0", false);
    RoundMove m = move(s, previous(ASK, "counter"), "260500", "74.44");
    List<RoundAdvice> a = advice(s, m, component(s, Component.BASE, "170000", "195000", "190000", "44.44"),
        component(s, Component.STOCK, "160000", "230000", "160000", "0.00"),
        component(s, Component.SIGN_ON, "0", "0", "0", "0.00"));
    assertEquals(List.of(Component.SIGN_ON), a.stream().map(RoundAdvice::cover).toList());
  }

  // ---- hold ----

  @Test
  void whenNoComponentMovedTheAskIsRepeatedOnceCitingTheCompetingOffer() {
    Subject s = revised("172000", "160000", "0", true);
    PreviousRound p = previous(ASK, "counter");
    RoundMove m = move(s, p, "229200", "4.89");
    List<RoundAdvice> a = advice(s, m, component(s, Component.BASE, "170000", "195000", "172000", "4.89"),
        component(s, Component.STOCK, "160000", "230000", "160000", "0.00"));
    Map<String, Object> v = closedValues("4.89", MOVED_PCT, "229200");
    v.put("label", "Snowflake IC2");
    assertEquals(List.of(new RoundAdvice(s, RoundAdvice.Kind.HOLD, "round-hold", m, null, null, 0, ASK,
        Said.of("round-hold-competing", v))), a);
  }

  @Test
  void nearMissWithNoCompetingOfferTheHoldCitesNone() {
    Subject s = revised("172000", "160000", "0", false);
    RoundMove m = move(s, previous(ASK, "counter"), "229200", "4.89");
    List<RoundAdvice> a = advice(s, m, component(s, Component.BASE, "170000", "195000", "172000", "4.89"));
    assertEquals(1, a.size(), a.toString());
    assertEquals(-1, a.get(0).competingIndex());
    assertEquals(Said.of("round-hold", closedValues("4.89", MOVED_PCT, "229200")), a.get(0).why());
  }

  // ---- decide ----

  @Test
  void whenNothingMovedAfterAHoldTheFinalPackagesAreComparedSideBySide() {
    Subject s = revised("172000", "160000", "0", true);
    PreviousRound p = previous(ASK, RoundMove.HOLD);
    RoundMove m = move(s, p, "229200", "4.89");
    List<RoundAdvice> a = advice(s, m, component(s, Component.BASE, "170000", "195000", "172000", "4.89"),
        component(s, Component.STOCK, "160000", "230000", "160000", "0.00"));
    // Snowflake gives no bonus: both are compared before bonus, $212,000 against $252,500
    Map<String, Object> v = new java.util.HashMap<>();
    v.put("offer", Said.perYear(usd("212000"), VIEW, false));
    v.put("label", "Snowflake IC2");
    v.put("other", Said.perYear(usd("252500"), VIEW, false));
    v.put("by", usd("40500"));
    v.put("offerMore", false);
    v.put("otherMore", true);
    v.put("same", false);
    assertEquals(List.of(new RoundAdvice(s, RoundAdvice.Kind.DECIDE, "round-decide", m, null, null, 0, null,
        Said.of("round-decide-competing", v))), a);
  }

  @Test
  void nearMissTheSameRevisionWhenTheRoundBeforeDidNotHoldIsAHold() {
    Subject s = revised("172000", "160000", "0", true);
    RoundMove m = move(s, previous(ASK, "trade"), "229200", "4.89");
    List<RoundAdvice> a = advice(s, m, component(s, Component.BASE, "170000", "195000", "172000", "4.89"));
    assertEquals(List.of(RoundAdvice.Kind.HOLD), a.stream().map(RoundAdvice::kind).toList());
  }

  @Test
  void withNoCompetingOfferTheDecisionWeighsTheFinalOfferAgainstTheAsk() {
    Subject s = revised("172000", "160000", "0", false);
    RoundMove m = move(s, previous(ASK, RoundMove.HOLD), "229200", "4.89");
    List<RoundAdvice> a = advice(s, m, component(s, Component.BASE, "170000", "195000", "172000", "4.89"));
    assertEquals(List.of(Said.of("round-decide-ask", Map.of("offer", usd("229200"), "asked", usd("272000"),
        "view", "4-year average", "by", usd("42800")))), a.stream().map(RoundAdvice::why).toList());
  }

  // ---- round 1 ----

  @Test
  void withoutARoundMoveNothingHereFires() {
    Subject s = revised("172000", "160000", "0", true);
    assertEquals(List.of(), advice(s, component(s, Component.BASE, "170000", "195000", "172000", "4.89")));
  }
}
