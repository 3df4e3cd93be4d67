package dev.offereval.engine;

import dev.offereval.engine.internal.Messages;
import dev.offereval.model.Component;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Decision;
import dev.offereval.model.FxRate;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.PackageSummary;
import dev.offereval.model.PackageValue;
import dev.offereval.model.PreviousRound;
import dev.offereval.model.RoundComparison;
import dev.offereval.model.TotalComp;
import dev.offereval.model.internal.ComponentRevision;
import dev.offereval.model.internal.RoundAdvice;
import dev.offereval.model.internal.Said;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A later round's {@link RoundAdvice} as the evaluation shows it: its decision, and what it asks
 * for as the counter-offer (a trade's ask, or a hold's repeated one) with a reason for each figure,
 * in the offer's currency as a counter is stated, and as a row of the per-year table in the
 * evaluation currency. {@link EvaluationAssembler} comes here when the rules for later rounds
 * decided.
 */
final class LaterRoundAdvice {
  private LaterRoundAdvice() {}

  /** The evaluation's decision for {@code advice}. */
  static Decision decision(RoundAdvice advice) {
    return switch (advice.kind()) {
      case ACCEPT -> Decision.ACCEPT;
      case TRADE -> Decision.TRADE;
      case HOLD -> Decision.HOLD;
      case DECIDE -> Decision.DECIDE;
    };
  }

  /**
   * What {@code advice} asks for, as a counter-offer in the offer's currency, each figure with its
   * reason when {@code words} is not null; null when it asks nothing more (accept, decide).
   */
  static CounterOfferResult ask(RoundAdvice advice, BigDecimal view, Messages words) {
    PreviousRound.Asked a = advice.ask();
    if (a == null) {
      return null;
    }
    Offer o = advice.subject().offer();
    PackageValue value = value(a, o, null);
    Money worth = value.averageOver(view, true);
    Money offered = advice.move().valueAfter();
    BigDecimal uplift = offered.isPositive()
        ? worth.ratioTo(offered).subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(100), MathContext.DECIMAL128)
        : null;
    Map<Component, String> reasons = new EnumMap<>(Component.class);
    if (words != null) {
      reason(reasons, Component.BASE, o.base().amount(), a.base().amount(), advice, words);
      reason(reasons, Component.STOCK, o.stockGrant().amount(), a.stockGrant().amount(), advice, words);
      reason(reasons, Component.BONUS, o.bonusPct(), a.bonusPct(), advice, words);
      reason(reasons, Component.SIGN_ON, o.signOn().amount(), a.signOn().amount(), advice, words);
    }
    return new CounterOfferResult(a.base(), a.stockGrant(), o.vestYears(), a.bonusPct(), a.signOn(),
        TotalComp.of(a.base(), a.stockGrant(), o.vestYears(), a.bonusPct(), a.signOn()), uplift, Set.of(), reasons,
        o.vestSchedule(), worth, offered);
  }

  /** What the rules compared for {@code advice}, its components in the order base, stock, bonus, sign-on. */
  static RoundComparison comparison(RoundAdvice advice, List<ComponentRevision> revisions) {
    List<RoundComparison.Step> steps = revisions.stream()
        .sorted(Comparator.comparing(ComponentRevision::component))
        .map(r -> new RoundComparison.Step(r.component(), r.before(), r.asked(), r.after(), r.askedMore(),
            r.gapClosedPct(), r.valueClosedPct()))
        .toList();
    return new RoundComparison(advice.move().round(), advice.move().valueBefore(), advice.move().valueAsked(),
        advice.move().valueAfter(), advice.move().gapClosedPct(), steps, advice.cover(), advice.coverAmount());
  }

  /** The per-year row of what {@code advice} asks for, in the evaluation currency through {@code fx}; null with no ask. */
  static PackageSummary askRow(RoundAdvice advice, FxRate fx, BigDecimal view) {
    if (advice.ask() == null) {
      return null;
    }
    Offer o = advice.subject().offer();
    PackageValue value = value(advice.ask(), o, fx);
    return new PackageSummary("counter", -1, "counter", o.vestSchedule(), value, value.averageOver(view, true), null);
  }

  private static PackageValue value(PreviousRound.Asked a, Offer o, FxRate fx) {
    return PackageValue.of(convert(a.base(), fx), convert(a.stockGrant(), fx), o.vestSchedule(), a.bonusPct(),
        convert(a.signOn(), fx));
  }

  private static Money convert(Money m, FxRate fx) {
    return fx == null ? m : fx.convert(m);
  }

  /** A figure asked as revised, asked again, or raised to cover the rest (a trade's). */
  private static void reason(Map<Component, String> reasons, Component c, BigDecimal revised, BigDecimal asked,
      RoundAdvice advice, Messages words) {
    int previous = advice.move().previous().number();
    Said why = asked.compareTo(revised) == 0 ? Said.of("round-ask-as-revised")
        : c == advice.cover() ? Said.of("round-ask-cover", Map.of("amount", advice.coverAmount(), "round", previous))
        : Said.of("round-ask-again", Map.of("round", previous));
    reasons.put(c, words.render(why));
  }
}
