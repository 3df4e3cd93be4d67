package dev.offereval.model;

import java.util.Currency;
import java.util.List;

/**
 * What one offer's evaluation found.
 *
 * @param currency the evaluation currency: the band's, or the offer's own with no band; null when
 *     INVALID before evaluation
 * @param offerTotalComp the offer's total comp in {@code currency}
 * @param positions one per component (base, stock, bonus, total comp) when a band matched
 * @param counter the counter-offer, or null without a band
 * @param script the filled negotiation script, or null
 * @param firedRules the names of the rules that fired, in first-firing order
 * @param fingerprint a short hash of the rules and data that produced this
 * @param evaluatedOn the evaluation date, against which band staleness is judged
 * @param stale whether the band is older than policy allows on {@code evaluatedOn}
 * @param trace every rule firing with the facts that matched it, when an explanation was asked
 *     for; otherwise empty
 * @param competing the competing offers in the evaluation currency, in input order (those with no
 *     FX rate are left out)
 * @param citedCompetingIndex the index of the competing offer the counter and script cite (the
 *     anchor), or -1
 * @param decision counter, or accept as offered; null when no band matched or nothing was evaluated
 * @param decisionReason why, in words; null with no decision
 * @param comparisonView the view packages are compared in, {@code 4-year average} or {@code first
 *     year}; null when nothing was compared
 * @param anchor the package the counter was built from, or null
 * @param packages the per-year table: the offer, each competing offer, and the counter when there
 *     is one
 * @param levelling advice to ask to be levelled up, one per more senior competing offer
 * @param scriptAttribution where the script's words come from (the guide's, adapted, or the
 *     project's own), or null with no script
 */
public record Evaluation(
    String offerId,
    Status status,
    List<String> messages,
    Band band,
    Currency currency,
    FxRate offerFx,
    TotalComp offerTotalComp,
    List<Position> positions,
    List<AppliedLever> levers,
    CounterOfferResult counter,
    String scriptTemplateId,
    String script,
    List<String> firedRules,
    String fingerprint,
    java.time.LocalDate evaluatedOn,
    boolean stale,
    List<RuleFiring> trace,
    List<CompetingFigures> competing,
    int citedCompetingIndex,
    Decision decision,
    String decisionReason,
    String comparisonView,
    AnchorSummary anchor,
    List<PackageSummary> packages,
    List<String> levelling,
    Attribution scriptAttribution) {

  public Evaluation {
    messages = List.copyOf(messages);
    positions = List.copyOf(positions);
    levers = List.copyOf(levers);
    firedRules = List.copyOf(firedRules);
    trace = List.copyOf(trace);
    competing = List.copyOf(competing);
    packages = List.copyOf(packages);
    levelling = List.copyOf(levelling);
  }

  /** The competing offer the counter cites, else the one worth most a year, else null. */
  public CompetingFigures featuredCompeting() {
    for (CompetingFigures c : competing) {
      if (c.index() == citedCompetingIndex) {
        return c;
      }
    }
    return competing.stream().max(java.util.Comparator.comparing((CompetingFigures c) -> c.annualTotal().amount())
        .thenComparing(c -> -c.index())).orElse(null);
  }

  /** An input that could not become an {@link Offer}: nothing was evaluated. */
  public static Evaluation invalid(String offerId, List<String> messages, String fingerprint,
      java.time.LocalDate evaluatedOn) {
    return new Evaluation(offerId, Status.INVALID, messages, null, null, null, null, List.of(),
        List.of(), null, null, null, List.of(), fingerprint, evaluatedOn, false, List.of(), List.of(), -1,
        null, null, null, null, List.of(), List.of(), null);
  }

  /** The per-year row of one package: {@code offer}, {@code counter}, or null. */
  public PackageSummary packageOf(String kind) {
    return packages.stream().filter(p -> p.kind().equals(kind)).findFirst().orElse(null);
  }

  public boolean hasLever(String id) {
    return levers.stream().anyMatch(l -> l.id().equals(id));
  }

  public Position position(Component component) {
    return positions.stream().filter(p -> p.component() == component).findFirst().orElse(null);
  }
}
