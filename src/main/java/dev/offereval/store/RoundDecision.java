package dev.offereval.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was decided in a round: a code with its reason and the numbers it rests on. Round 1's codes
 * come from the evaluation ({@value #COUNTER}, {@value #ACCEPT_AS_OFFERED}, or {@value #NONE} with no
 * band); the rules for later rounds ({@code rules/rounds.drl}) add {@value #ACCEPT}, {@value #TRADE},
 * {@value #HOLD} and {@value #DECIDE}, stored the same way.
 *
 * @param code the decision's code
 * @param reason why, in words, or null
 * @param figures the numbers the decision rests on, sorted by name; names are unique
 */
public record RoundDecision(String code, String reason, List<Figure> figures) {
  /** Counter with the ask. */
  public static final String COUNTER = "counter";
  /** Accept the offer as it stands. */
  public static final String ACCEPT_AS_OFFERED = "accept_as_offered";
  /** A later round: accept the revision, with one last non-cash ask. */
  public static final String ACCEPT = "accept";
  /** A later round: keep what moved, ask for stock or a sign-on to cover the rest. */
  public static final String TRADE = "trade";
  /** A later round: little moved; the ask is repeated once. */
  public static final String HOLD = "hold";
  /** A later round: nothing moved after a hold; the final packages are weighed side by side. */
  public static final String DECIDE = "decide";
  /** No decision: the offer had no band, or its evaluation failed. */
  public static final String NONE = "none";

  /**
   * A decision; the figures are copied and sorted by name.
   *
   * @param code the decision's code; required
   * @param reason why, in words, or null
   * @param figures the numbers the decision rests on; null is none
   */
  public RoundDecision {
    Objects.requireNonNull(code, "code");
    figures = (figures == null ? List.<Figure>of() : figures).stream()
        .sorted(java.util.Comparator.comparing(Figure::name)).toList();
    if (figures.stream().map(Figure::name).distinct().count() != figures.size()) {
      throw new IllegalArgumentException("a decision's figures must have distinct names: " + figures);
    }
  }

  /**
   * The code of an evaluation's decision.
   *
   * @param d the decision, or null
   * @return its code; {@value #NONE} for null
   */
  public static String code(dev.offereval.model.Decision d) {
    return d == null ? NONE : d.code();
  }

  /**
   * Why a round with this decision closes its negotiation: a later round's {@value #ACCEPT} closes
   * it as {@code accepted}, {@value #DECIDE} as {@code decided}; any other decision leaves it open.
   *
   * @return the reason to close it, or null
   */
  public String closedReason() {
    return ACCEPT.equals(code) ? "accepted" : DECIDE.equals(code) ? "decided" : null;
  }

  /**
   * The figure of that name.
   *
   * @param name a figure's name, such as {@code uplift_pct}
   * @return the figure, or empty
   */
  public Optional<Figure> figure(String name) {
    return figures.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * One number a decision rests on, exact.
   *
   * @param name what it is, such as {@code value_per_year}
   * @param value the number
   * @param unit a currency code, or {@code %}
   */
  public record Figure(String name, BigDecimal value, String unit) {
    /**
     * A figure; every part is required.
     *
     * @param name what it is
     * @param value the number
     * @param unit a currency code, or {@code %}
     */
    public Figure {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(unit, "unit");
    }
  }
}
