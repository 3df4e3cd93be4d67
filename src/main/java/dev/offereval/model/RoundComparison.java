package dev.offereval.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a negotiation's later round compared: the revised offer against the previous offer and the
 * previous ask, as a whole and component by component, the numbers the rules for later rounds
 * decided on ({@code rules/rounds.drl}). In the offer's own currency.
 *
 * @param round the round's number, from 2
 * @param valueBefore the previous offer's value per year in the comparison view, with bonus
 * @param valueAsked the previous ask's value per year
 * @param valueAfter the revised offer's value per year
 * @param gapClosedPct the share of the gap from {@code valueBefore} to {@code valueAsked} the revision
 *     closed, in percent to two places
 * @param components base, stock grant, bonus target and sign-on, in that order
 * @param cover for a trade, the component asked for to cover the rest ({@code STOCK} or {@code
 *     SIGN_ON}); otherwise null
 * @param coverAmount for a trade, how much more of it is asked; otherwise null
 */
public record RoundComparison(int round, Money valueBefore, Money valueAsked, Money valueAfter,
    BigDecimal gapClosedPct, List<Step> components, Component cover, Money coverAmount) {

  /**
   * A comparison; the components are copied.
   *
   * @param round the round's number
   * @param valueBefore the previous offer's value per year
   * @param valueAsked the previous ask's value per year
   * @param valueAfter the revised offer's value per year
   * @param gapClosedPct the share of the gap closed
   * @param components the components
   * @param cover a trade's cover, or null
   * @param coverAmount a trade's amount, or null
   */
  public RoundComparison {
    Objects.requireNonNull(valueBefore, "valueBefore");
    Objects.requireNonNull(valueAsked, "valueAsked");
    Objects.requireNonNull(valueAfter, "valueAfter");
    Objects.requireNonNull(gapClosedPct, "gapClosedPct");
    components = List.copyOf(components);
  }

  /**
   * One component of the revision.
   *
   * @param component {@code BASE}, {@code STOCK}, {@code BONUS} or {@code SIGN_ON}
   * @param before the previous offer's figure (an amount, or the bonus percentage)
   * @param asked the previous ask's figure
   * @param after the revised figure
   * @param askedMore whether more of it was asked than offered
   * @param gapClosedPct the share of its own gap the revision closed; 0 when not asked for
   * @param valueClosedPct the share of the package's gap its change alone closed
   */
  public record Step(Component component, BigDecimal before, BigDecimal asked, BigDecimal after, boolean askedMore,
      BigDecimal gapClosedPct, BigDecimal valueClosedPct) {}
}
