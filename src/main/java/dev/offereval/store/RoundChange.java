package dev.offereval.store;

import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What moved from one round's offer to the next, component by component, beside what the earlier
 * round asked for.
 *
 * @param round the later round's number
 * @param components base, stock grant, vest years, bonus and sign-on, in that order, moved or not
 * @param vestScheduleBefore the earlier offer's vesting, as {@code --vest-schedule} writes it
 * @param vestScheduleAfter the later offer's vesting
 */
public record RoundChange(int round, List<ComponentMove> components, String vestScheduleBefore,
    String vestScheduleAfter) {
  /**
   * A change; the components are copied.
   *
   * @param round the later round's number
   * @param components the components, moved or not
   * @param vestScheduleBefore the earlier offer's vesting
   * @param vestScheduleAfter the later offer's vesting
   */
  public RoundChange {
    components = List.copyOf(components);
  }

  /**
   * How {@code current}'s offer differs from {@code previous}'s, with {@code previous}'s ask for
   * each component when there was one in the same currency.
   *
   * @param previous the earlier round
   * @param current the later round
   * @return the change
   */
  public static RoundChange between(Round previous, Round current) {
    Offer before = previous.offer();
    Offer after = current.offer();
    Ask ask = previous.outcome().ask();
    boolean sameCurrency = before.currency().equals(after.currency());
    boolean askComparable = ask != null && sameCurrency && ask.base().currency().equals(after.currency());
    String money = after.currency().getCurrencyCode();
    List<ComponentMove> moves = List.of(
        new ComponentMove("base", money, amount(before.base(), sameCurrency), after.base().amount(),
            askComparable ? ask.base().amount() : null),
        new ComponentMove("stock_grant", money, amount(before.stockGrant(), sameCurrency),
            after.stockGrant().amount(), askComparable ? ask.stockGrant().amount() : null),
        new ComponentMove("vest_years", "years", BigDecimal.valueOf(before.vestYears()),
            BigDecimal.valueOf(after.vestYears()), askComparable ? BigDecimal.valueOf(ask.vestYears()) : null),
        new ComponentMove("bonus_pct", "%", before.bonusPct(), after.bonusPct(),
            askComparable ? ask.bonusPct() : null),
        new ComponentMove("sign_on", money, amount(before.signOn(), sameCurrency), after.signOn().amount(),
            askComparable ? ask.signOn().amount() : null));
    return new RoundChange(current.number(), moves, before.vestSchedule().text(), after.vestSchedule().text());
  }

  /** An earlier amount, or null when it is in another currency than the later offer. */
  private static BigDecimal amount(Money m, boolean sameCurrency) {
    return sameCurrency ? m.amount() : null;
  }

  /**
   * The components that moved.
   *
   * @return those of {@link #components()} whose value changed
   */
  public List<ComponentMove> moved() {
    return components.stream().filter(ComponentMove::moved).toList();
  }

  /**
   * Whether the vesting schedule changed.
   *
   * @return true when the two schedules differ
   */
  public boolean vestScheduleChanged() {
    return !vestScheduleBefore.equals(vestScheduleAfter);
  }

  /**
   * One component from one round to the next.
   *
   * @param component its name, as the CSV's columns have it: {@code base}, {@code stock_grant}, ...
   * @param unit a currency code, {@code %} or {@code years}
   * @param before the earlier value, or null when the earlier offer was in another currency
   * @param after the later value
   * @param asked what the earlier round asked for, or null when it asked nothing comparable
   */
  public record ComponentMove(String component, String unit, BigDecimal before, BigDecimal after, BigDecimal asked) {
    /**
     * Whether the value changed; a value in another currency counts as changed.
     *
     * @return true when it moved
     */
    public boolean moved() {
      return before == null || before.compareTo(after) != 0;
    }

    /**
     * How far it moved.
     *
     * @return after minus before, or null when before is unknown
     */
    public BigDecimal change() {
      return before == null ? null : after.subtract(before);
    }

    /**
     * The share of the gap to the ask that the move closed, in percent to two places: 100 when it
     * reached the ask, above 100 when it went past it.
     *
     * @return the share, or null without an ask above or below the earlier value
     */
    public BigDecimal gapClosedPct() {
      if (before == null || asked == null || asked.compareTo(before) == 0) {
        return null;
      }
      return after.subtract(before).multiply(BigDecimal.valueOf(100))
          .divide(asked.subtract(before), 2, RoundingMode.HALF_UP);
    }
  }
}
