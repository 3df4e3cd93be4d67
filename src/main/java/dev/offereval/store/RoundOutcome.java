package dev.offereval.store;

import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Decision;
import dev.offereval.model.Evaluation;
import dev.offereval.model.PackageSummary;
import dev.offereval.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a round's evaluation found, as far as the negotiation keeps it: its status, what was asked,
 * the decision and the script that says it. The whole report is not kept; it follows from the
 * offer and the rules of {@code fingerprint}.
 *
 * @param status the evaluation's status
 * @param evaluatedOn the evaluation date
 * @param fingerprint the fingerprint of the rules and data that evaluated it
 * @param ask the counter-offer asked for, or null when there was none
 * @param decision the decision
 * @param script the words to say it, or null
 */
public record RoundOutcome(Status status, LocalDate evaluatedOn, String fingerprint, Ask ask, RoundDecision decision,
    String script) {
  /**
   * An outcome.
   *
   * @param status the evaluation's status; required
   * @param evaluatedOn the evaluation date; required
   * @param fingerprint the fingerprint of the rules and data; required
   * @param ask the counter-offer asked for, or null
   * @param decision the decision; required
   * @param script the words to say it, or null
   */
  public RoundOutcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evaluatedOn, "evaluatedOn");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(decision, "decision");
  }

  /**
   * The outcome of one evaluation: the counter is the ask (a later round's trade or hold asks through
   * it too), the evaluation's decision the decision, with the counter's value per year, the offer's,
   * and the uplift as its figures; a later round's also the share of the gap to the previous ask its
   * revision closed ({@code gap_closed_pct}) and that ask's value per year.
   *
   * @param e an evaluation of the round's offer
   * @return what the negotiation keeps of it
   */
  public static RoundOutcome of(Evaluation e) {
    CounterOfferResult counter = e.counter().orElse(null);
    String code = RoundDecision.code(e.decision());
    // a counter, a trade and a hold ask for something; the ask is what the next round is compared with
    boolean asks = e.decision() != null && e.decision().asks();
    List<RoundDecision.Figure> figures = new ArrayList<>();
    if (counter != null && asks) {
      figures.add(new RoundDecision.Figure("value_per_year", counter.valuePerYear().amount(),
          counter.valuePerYear().currency().getCurrencyCode()));
      figures.add(new RoundDecision.Figure("offer_value_per_year", counter.offerValuePerYear().amount(),
          counter.offerValuePerYear().currency().getCurrencyCode()));
      figures.add(new RoundDecision.Figure("uplift_pct", counter.upliftPct(), "%"));
    } else {
      PackageSummary offer = e.packageOf("offer");
      if (offer != null && offer.valuePerYear() != null) {
        figures.add(new RoundDecision.Figure("offer_value_per_year", offer.valuePerYear().amount(),
            offer.valuePerYear().currency().getCurrencyCode()));
      }
    }
    // a later round's decision rests on how much of the gap to the previous ask the revision closed
    if (e.roundComparison() != null) {
      figures.add(new RoundDecision.Figure("gap_closed_pct", e.roundComparison().gapClosedPct(), "%"));
      figures.add(new RoundDecision.Figure("previous_ask_value_per_year", e.roundComparison().valueAsked().amount(),
          e.roundComparison().valueAsked().currency().getCurrencyCode()));
    }
    Ask ask = counter != null && asks ? Ask.of(counter) : null;
    return new RoundOutcome(e.status(), e.evaluatedOn(), e.fingerprint(), ask,
        new RoundDecision(code, e.decisionReason(), figures), e.script().orElse(null));
  }
}
