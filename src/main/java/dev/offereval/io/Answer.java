package dev.offereval.io;

import dev.offereval.model.Component;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Decision;
import dev.offereval.model.Evaluation;
import dev.offereval.model.internal.MoneyFormat;
import dev.offereval.model.internal.Words;
import dev.offereval.model.PackageSummary;
import java.util.ArrayList;
import java.util.List;

/** The one line every report opens with: the ask and its value per year, or accept as offered. */
public final class Answer {
  private Answer() {}

  /** The answer, or null when nothing was decided (no band, invalid, error). */
  public static String of(Evaluation e) {
    if (e.decision() == null) {
      return null;
    }
    PackageSummary offer = e.packageOf("offer");
    if (e.decision() == Decision.ACCEPT || e.decision() == Decision.DECIDE) {
      // a later round's: the revised offer is the one to accept, or to weigh against the others
      return (e.decision() == Decision.ACCEPT ? "accept the revised offer, with one last ask that costs no cash ("
          : "decide between the final packages (the final offer: ") + MoneyFormat.full(offer.valuePerYear()) + " a year, "
          + e.comparisonView() + ")";
    }
    if (e.decision() == Decision.ACCEPT_AS_OFFERED || e.counter().isEmpty()) {
      return (e.levelling().isEmpty() ? "accept as offered (" : "accept the package as offered, after asking about"
          + " levelling (") + MoneyFormat.full(offer.valuePerYear()) + " a year, " + e.comparisonView() + ")";
    }
    CounterOfferResult c = e.counter().orElse(null);
    // in the counter's currency, the offer's own: the figures the candidate says
    String opening = e.decision() == Decision.TRADE ? "trade: ask for "
        : e.decision() == Decision.HOLD ? "hold: ask again for " : "counter at ";
    return (e.levelling().isEmpty() ? "" : "ask about levelling first; at this level, ")
        + opening + Words.list(asks(e, c)) + (c.signOn().isPositive() ? " plus a " + MoneyFormat.full(c.signOn()) + " sign-on" : "") + ": worth "
        + MoneyFormat.full(c.valuePerYear()) + " a year (" + e.comparisonView() + "; "
        + MoneyFormat.full(c.totalComp().annual()) + " annual total comp), up " + Numbers.percent2(c.upliftPct())
        + "% on the offer's " + MoneyFormat.full(c.offerValuePerYear());
  }

  /** Base, stock and, when the counter changes it, the bonus target: every figure the candidate asks for. */
  private static List<String> asks(Evaluation e, CounterOfferResult c) {
    List<String> asks = new ArrayList<>(List.of(MoneyFormat.full(c.base()) + " base", MoneyFormat.full(c.stockGrant())
        + " stock over " + c.vestYears() + (c.vestYears() == 1 ? " year" : " years")));
    boolean bonusAsIs = e.positions().stream().filter(p -> p.component() == Component.BONUS)
        .anyMatch(p -> p.offered().compareTo(c.bonusPct()) == 0);
    if (!bonusAsIs) {
      asks.add("a " + Numbers.percent(c.bonusPct()) + "% bonus target");
    }
    return asks;
  }
}
