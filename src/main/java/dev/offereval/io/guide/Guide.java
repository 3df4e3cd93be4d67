package dev.offereval.io.guide;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

/**
 * What a negotiation guide says, as read by {@link GuideParser}; every part keeps its line in the
 * guide for provenance.
 *
 * @param file the guide's file name (without folders, so output does not depend on where it lies)
 * @param title the title line's text, such as {@code Data Engineer | Twilio Global Negotiation Guide}
 * @param asOf the guide's date: its {@code **As of:**} line, else the latest date among its sources
 */
public record Guide(
    String file,
    String encoding,
    String title,
    String role,
    String company,
    YearMonth asOf,
    List<RegionRow> regions,
    LevelMapping levels,
    Lever companyLever,
    List<Lever> globalLevers,
    Strategy strategy,
    List<Source> sources) {

  /** A range of money, both ends in one currency. */
  public record Range(BigDecimal min, BigDecimal max) {}

  /** One row of the region table. */
  public record RegionRow(int line, String name, String id, Currency currency, Range base, Range stock,
      int vestYears, Range bonusPct, Range totalComp) {}

  /** The level mapping line: the guide's company and level first, as the guide writes them. */
  public record LevelMapping(int line, String level, List<CompanyLevel> levels) {}

  public record CompanyLevel(String company, String level) {}

  /**
   * A lever: a numbered global lever with its quoted talking point, or the company-specific lever
   * section with its first sentence.
   *
   * @param label where in the guide: {@code Global Levers 2} or the section's title
   */
  public record Lever(int line, String title, String words, String label, boolean companySpecific) {}

  /** The negotiate-up strategy, quoted. */
  public record Strategy(int line, String words) {}

  public record Source(int line, String text) {}

  /** Where a part of the guide comes from: {@code title, label (file:line)}. */
  public String cite(String label, int line) {
    return title + ", " + label + " (" + file + ":" + line + ")";
  }
}
