package dev.offereval.model;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

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
 * @param roundComparison for a negotiation's later round that its rules decided, what they compared;
 *     otherwise null
 */
public record Evaluation(
    String offerId,
    Status status,
    List<Message> messages,
    Optional<Band> band,
    Currency currency,
    FxRate offerFx,
    TotalComp offerTotalComp,
    List<Position> positions,
    List<AppliedLever> levers,
    Optional<CounterOfferResult> counter,
    String scriptTemplateId,
    Optional<String> script,
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
    Attribution scriptAttribution,
    RoundComparison roundComparison) {

  /**
   * An evaluation; the lists are copied, and a null band, counter or script becomes empty.
   *
   * @param offerId the offer's id
   * @param status OK, NO_BAND, INVALID or ERROR
   * @param messages what the evaluation has to say
   * @param band the band that matched, if any
   * @param currency the evaluation currency: the band's, or the offer's own with no band; null when
   *     INVALID before evaluation
   * @param offerFx the rate that converted the offer into the band's currency, or null
   * @param offerTotalComp the offer's total comp in {@code currency}
   * @param positions one per component (base, stock, bonus, total comp) when a band matched
   * @param levers the levers the candidate holds, in catalog order
   * @param counter the counter-offer, or null without a band
   * @param scriptTemplateId the id of the script the rules chose, or null
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
   * @param decision counter, or accept as offered; null when no band matched or nothing was
   *     evaluated
   * @param decisionReason why, in words; null with no decision
   * @param comparisonView the view packages are compared in, {@code 4-year average} or {@code first
   *     year}; null when nothing was compared
   * @param anchor the package the counter was built from, or null
   * @param packages the per-year table: the offer, each competing offer, and the counter when there
   *     is one
   * @param levelling advice to ask to be levelled up, one per more senior competing offer
   * @param scriptAttribution where the script's words come from, or null with no script
   * @param roundComparison what a later round's rules compared, or null
   */
  public Evaluation {
    messages = List.copyOf(messages);
    band = band == null ? Optional.empty() : band;
    counter = counter == null ? Optional.empty() : counter;
    script = script == null ? Optional.empty() : script;
    positions = List.copyOf(positions);
    levers = List.copyOf(levers);
    firedRules = List.copyOf(firedRules);
    trace = List.copyOf(trace);
    competing = List.copyOf(competing);
    packages = List.copyOf(packages);
    levelling = List.copyOf(levelling);
  }

  /**
   * The competing offer the counter cites, else the one worth most a year, else null.
   *
   * @return the competing offer to feature, or null when there is none
   */
  public CompetingFigures featuredCompeting() {
    for (CompetingFigures c : competing) {
      if (c.index() == citedCompetingIndex) {
        return c;
      }
    }
    return competing.stream().max(java.util.Comparator.comparing((CompetingFigures c) -> c.annualTotal().amount())
        .thenComparing(c -> -c.index())).orElse(null);
  }

  /**
   * An input that could not become an {@link Offer}: nothing was evaluated.
   *
   * @param offerId the input's offer id, or null
   * @param messages why the input is invalid, one reason each
   * @param fingerprint the fingerprint of the rules and data in use
   * @param evaluatedOn the evaluation date
   * @return an {@link Status#INVALID} evaluation
   */
  public static Evaluation invalid(String offerId, List<String> messages, String fingerprint,
      java.time.LocalDate evaluatedOn) {
    return new Evaluation(offerId, Status.INVALID,
        messages.stream().map(m -> new Message(Severity.ERROR, Message.INVALID_INPUT, m)).toList(), null, null, null, null, List.of(),
        List.of(), null, null, null, List.of(), fingerprint, evaluatedOn, false, List.of(), List.of(), -1,
        null, null, null, null, List.of(), List.of(), null, null);
  }

  /**
   * The per-year row of one package.
   *
   * @param kind {@code offer}, {@code competing} or {@code counter}
   * @return the first package of that kind, or null
   */
  public PackageSummary packageOf(String kind) {
    return packages.stream().filter(p -> p.kind().equals(kind)).findFirst().orElse(null);
  }

  /**
   * Whether the candidate holds lever {@code id}.
   *
   * @param id a lever id from the catalog
   * @return true when that lever applied
   */
  public boolean hasLever(String id) {
    return levers.stream().anyMatch(l -> l.id().equals(id));
  }

  /**
   * Where one component sits in its band.
   *
   * @param component the component
   * @return its position, or empty when no band matched
   */
  public Optional<Position> position(Component component) {
    return positions.stream().filter(p -> p.component() == component).findFirst();
  }
}
