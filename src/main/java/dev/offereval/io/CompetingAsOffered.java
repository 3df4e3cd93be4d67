package dev.offereval.io;

import dev.offereval.model.CompetingFigures;
import dev.offereval.model.VestSchedule;
import dev.offereval.model.internal.MoneyFormat;

/**
 * A competing offer's own figures as it was made, in its own currency, for the text and HTML
 * reports: {@code $185,000 base, $220,000 stock (even over 4 years), bonus 15%}. A grant of zero
 * reads {@code no stock}, with no schedule, since the valuation then counts base and bonus alone; a
 * schedule the candidate did not give says it was assumed, since it was not offered that way.
 */
public final class CompetingAsOffered {
  private CompetingAsOffered() {}

  /**
   * The figures in words.
   *
   * @param c the competing offer
   * @param schedule its grant's vesting schedule
   * @return base, stock and bonus as offered
   */
  public static String describe(CompetingFigures c, VestSchedule schedule) {
    return MoneyFormat.full(c.offer().base()) + " base, "
        + (c.offer().stockGrant().isPositive()
            ? MoneyFormat.full(c.offer().stockGrant()) + " stock (" + schedule.describe()
                + (c.offer().vestingAssumed() ? ", assumed: its vesting was not given" : "") + ")"
            : "no stock")
        + ", bonus " + (c.offer().bonusPct() == null ? "unknown" : Numbers.percent(c.offer().bonusPct()) + "%");
  }
}
