package dev.offereval.io;

import dev.offereval.model.Evaluation;
import dev.offereval.model.Money;
import dev.offereval.model.PackageSummary;
import dev.offereval.model.internal.MoneyFormat;

/**
 * The stock grant as offered, beside its band position, when the offer vests over other years than
 * the band: the position compares the grant on the band's basis (a £90,000 grant over 3 years is
 * £120,000 over the band's 4), which is not a figure anybody offered.
 */
public final class GrantBasis {
  private GrantBasis() {}

  /**
   * {@code offered £90,000 over 3 years, shown on the band's 4-year basis}, or null when the offer
   * vests over the band's own years (or has no band or grant).
   *
   * @param e an evaluation
   * @return the note, or null
   */
  public static String note(Evaluation e) {
    PackageSummary offer = e.packageOf("offer");
    if (offer == null || e.band().isEmpty() || e.offerTotalComp() == null) {
      return null;
    }
    int years = offer.schedule().years();
    int bandYears = e.band().get().vestYears();
    Money perYear = e.offerTotalComp().stockPerYear();
    if (years == bandYears || !perYear.isPositive()) {
      return null;
    }
    return "offered " + MoneyFormat.full(perYear.times(years)) + " over " + years + (years == 1 ? " year" : " years")
        + ", shown on the band's " + bandYears + "-year basis";
  }
}
