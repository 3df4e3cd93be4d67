package dev.offereval.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offereval.model.Component;
import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.internal.Figure;
import dev.offereval.model.internal.Said;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The message template language, each form beside its near miss. */
class MessagesRenderTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency GBP = Currency.getInstance("GBP");
  private static final FxRate RATE = new FxRate(USD, GBP, new BigDecimal("0.8"), LocalDate.parse("2026-02-01"), "a source");

  private static final Messages WORDS = new Messages(Map.of(
      "amount", "worth {amount} against {pct}",
      "rate", "at {rate}; short {rate:short}",
      "years", "over {n} {n|year|years}",
      "optional", "valued[[{beforeBonus}, before bonus]][[ with {missing}]]",
      "outer", "{inner} (outer)",
      "inner", "inner {x}",
      "field", "{field} is off",
      "component-stock", "stock grant",
      "list", "{items} or {items:and}"));

  private static final Messages CHAIN = new Messages(Map.of(
      "chain", "at an equivalent level[[{chained} ({chain:equals})]]",
      "link", "{level} [{source}]"));

  @Test
  void aChainOfEquivalentLevelsIsSaidWithEqualsWhenItTakesMoreThanOneSource() {
    List<Object> chain = List.of("Twilio L2", Said.of("link", Map.of("level", "Google L3", "source", "guide A:18")),
        Said.of("link", Map.of("level", "Example Analytics A2", "source", "guide B:14")));
    assertEquals("at an equivalent level (Twilio L2 = Google L3 [guide A:18] = Example Analytics A2 [guide B:14])",
        CHAIN.render(Said.of("chain", Map.of("chain", chain, "chained", true))));
    // near miss: one source, not said; and a list without the style is joined with commas
    assertEquals("at an equivalent level", CHAIN.render(Said.of("chain", Map.of("chain", chain, "chained", false))));
    assertEquals("a, b or a and b", WORDS.render(Said.of("list", Map.of("items", List.of("a", "b")))));
  }

  @Test
  void moneyIsWrittenInFullAndADecimalWithoutTrailingZeros() {
    assertEquals("worth $252,500 against 12.5", WORDS.render(Said.of("amount",
        Map.of("amount", new Money(new BigDecimal("252500.00"), USD), "pct", new BigDecimal("12.50")))));
  }

  @Test
  void aRateHasItsDateAndSourceUnlessShort() {
    assertEquals("at 1 USD = 0.8 GBP as of 2026-02-01 (source: a source); short 1 USD = 0.8 GBP as of 2026-02-01",
        WORDS.render(Said.of("rate", Map.of("rate", RATE))));
  }

  @Test
  void aPluralFollowsItsCountAndOneIsSingular() {
    assertEquals("over 1 year", WORDS.render(Said.of("years", Map.of("n", 1))));
    assertEquals("over 2 years", WORDS.render(Said.of("years", Map.of("n", 2))));
    assertEquals("over 1 year", WORDS.render(Said.of("years", Map.of("n", new BigDecimal("1.0")))));
  }

  @Test
  void anOptionalBlockIsSaidOnlyWhenItsValuesAreGivenAndTrue() {
    assertEquals("valued, before bonus", WORDS.render(Said.of("optional", Map.of("beforeBonus", true))));
    assertEquals("valued", WORDS.render(Said.of("optional", Map.of("beforeBonus", false))));
    assertEquals("valued with x", WORDS.render(Said.of("optional", Map.of("missing", "x"))));
  }

  @Test
  void aMessageInsideAMessageAndACodeOfTheModelAreWordedByTheirOwnMessages() {
    assertEquals("inner 7 (outer)", WORDS.render(Said.of("outer", Map.of("inner", Said.of("inner", Map.of("x", 7))))));
    assertEquals("stock grant is off", WORDS.render(Said.of("field", Map.of("field", Component.STOCK))));
    assertEquals("(message component-base is not in data/messages.yaml) is off",
        WORDS.render(Said.of("field", Map.of("field", Component.BASE))));
  }

  @Test
  void aListIsCommaSeparatedOrSaidWithAnd() {
    assertEquals("a, b, c or a, b and c", WORDS.render(Said.of("list", Map.of("items", List.of("a", "b", "c")))));
  }

  @Test
  void aFigureIsWrittenWithItsUnitAndAMissingValueStaysVisible() {
    assertEquals("worth $50,000 against {pct}", WORDS.render(Said.of("amount",
        Map.of("amount", new Money(new BigDecimal("50000"), USD)))));
    assertEquals("1.5%", new Figure(new BigDecimal("1.50"), "%").toString());
  }

  @Test
  void anUnknownCodeSaysSoInPlaceOfTheWords() {
    assertEquals("(message nope is not in data/messages.yaml)", WORDS.render(Said.of("nope")));
  }
}
