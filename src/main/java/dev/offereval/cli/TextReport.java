package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.io.CompetingAsOffered;
import dev.offereval.io.EvaluationJson;
import dev.offereval.io.Marks;
import dev.offereval.model.Attribution;
import dev.offereval.model.Provenance;
import dev.offereval.io.Numbers;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.Band;
import dev.offereval.model.Component;
import dev.offereval.model.CompetingFigures;
import dev.offereval.model.Decision;
import dev.offereval.model.PackageSummary;
import dev.offereval.model.PackageValue;
import dev.offereval.model.VestSchedule;
import dev.offereval.model.YearValue;
import dev.offereval.io.CounterCurrency;
import dev.offereval.io.GrantBasis;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Message;
import dev.offereval.model.internal.MoneyFormat;
import dev.offereval.model.Position;
import dev.offereval.model.RuleFiring;
import dev.offereval.model.TotalComp;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The readable report of one evaluation, for {@code offer-eval offer}. */
final class TextReport {
  private TextReport() {}

  static void write(Evaluation e, OfferEvaluator evaluator, PrintWriter out) {
    Marks marks = new Marks();
    out.println("Offer " + e.offerId() + ": " + e.status());
    String answer = dev.offereval.io.Answer.of(e);
    if (answer != null) {
      out.println("Answer: " + answer);
    }
    for (Message m : e.messages()) {
      out.println("  " + m);
    }
    Band b = e.band().orElse(null);
    if (b != null) {
      out.println();
      out.println("Band: " + b.company() + " " + b.role() + " " + b.level() + ", " + b.regionName() + " ("
          + b.currency().getCurrencyCode() + "), as of " + b.asOf() + (e.stale() ? " (STALE)" : "") + " — "
          + b.sourceFile());
      if (b.guide() != null) {
        // the figures are the guide's; the sources are what the guide cites, not the band's own
        out.println("  from the guide: " + b.guide() + (b.sources().isEmpty() ? "" : ", which cites:"));
      }
      for (String s : b.sources()) {
        out.println((b.guide() != null ? "    " : "  source: ") + s);
      }
    }
    if (e.offerTotalComp() != null) {
      out.println();
      out.println("Offer total comp (" + EvaluationJson.FORMULA + "):");
      PackageSummary offered = e.packageOf("offer");
      total(out, e.offerTotalComp(), offered == null ? null : offered.value(), offered == null ? null : offered.schedule());
      if (e.offerFx() != null) {
        out.println("  converted at " + e.offerFx() + " (" + e.offerFx().source() + ")");
      }
    }
    if (!e.positions().isEmpty()) {
      out.println();
      out.println("Band position:");
      String basis = GrantBasis.note(e);
      for (Position p : e.positions()) {
        out.printf("  %-11s %-11s %s  (%sband %s–%s; penetration %s; compa-ratio %s)%n",
            label(p.component()), p.zone(), figure(p.offered(), p.unit()),
            p.component() == Component.STOCK && basis != null ? basis + "; " : "", figure(p.min(), p.unit()),
            figure(p.max(), p.unit()), pct(p.penetration()), ratio(p.compaRatio()));
      }
    }
    out.println();
    out.println("Levers (" + e.levers().size() + "):");
    if (e.levers().isEmpty()) {
      out.println("  none");
    }
    for (AppliedLever l : e.levers()) {
      out.println("  " + l.title() + " [" + l.id() + ", " + l.category() + "]");
      out.println("    why: " + l.reason());
      out.println("    say " + marks.bracketed(l.provenance()) + ": \"" + l.talkingPoint() + "\"");
      if (l.source() != null) {
        out.println("    " + Marks.from(l.provenance()) + ": " + l.source());
      }
    }
    packages(e, out, marks);
    CounterOfferResult c = e.counter().orElse(null);
    if (c != null) {
      out.println();
      out.println("Counter-offer " + marks.bracketed(Provenance.PROJECT) + " (uplift " + Numbers.percent2(c.upliftPct()) + "% over the offer's value per year, "
          + e.comparisonView() + "):");
      String restated = CounterCurrency.note(e);
      if (restated != null) {
        out.println("  " + restated);
      }
      out.println("  base         " + MoneyFormat.full(c.base()) + capped(c, Component.BASE) + " — " + c.reasons().get(Component.BASE));
      out.println("  stock grant  " + MoneyFormat.full(c.stockGrant()) + ", " + c.vestSchedule().describe()
          + capped(c, Component.STOCK) + " — " + c.reasons().get(Component.STOCK));
      out.println("  bonus        " + Numbers.percent(c.bonusPct()) + "%" + capped(c, Component.BONUS) + " — "
          + c.reasons().get(Component.BONUS));
      out.println("  sign-on      " + MoneyFormat.full(c.signOn()) + " — " + c.reasons().get(Component.SIGN_ON));
      // the counter as stated, in the offer's currency, which the per-year table need not be in
      total(out, c.totalComp(), PackageValue.of(c.base(), c.stockGrant(), c.vestSchedule(), c.bonusPct(), c.signOn()),
          c.vestSchedule());
    }
    if (e.script().isPresent()) {
      out.println();
      Attribution from = e.scriptAttribution();
      out.println("Script" + (from == null ? "" : " " + marks.bracketed(from.provenance())) + ":");
      out.println("  " + e.script().get());
      String source = Marks.scriptSource(from);
      if (source != null) {
        out.println("  " + source);
      }
    }
    if (!e.trace().isEmpty()) {
      out.println();
      out.println("Explanation (" + e.trace().size() + " rule firings, in order):");
      int i = 1;
      for (RuleFiring f : e.trace()) {
        out.println("  " + i++ + ". " + f.rule());
        for (String fact : f.facts()) {
          out.println("       " + fact);
        }
      }
    }
    java.util.List<String> legend = marks.legend();
    if (!legend.isEmpty()) {
      out.println();
      out.println("Marks:");
      legend.forEach(m -> out.println("  " + m));
    }
    out.println();
    out.println("evaluated on " + e.evaluatedOn() + "; rules: " + evaluator.rulesSource() + "; data: " + evaluator.dataSource() + "; fingerprint "
        + e.fingerprint());
  }

  /** The per-year table of the offer, each competing offer and the counter, with the anchor. */
  private static void packages(Evaluation e, PrintWriter out, Marks marks) {
    if (e.packages().isEmpty()) {
      return;
    }
    out.println();
    out.println("Value per year (" + e.currency().getCurrencyCode() + "; each year = base + stock vesting that"
        + " year + bonus + sign-on in year 1; packages compare by the " + e.comparisonView() + "):");
    // with a competing bonus unknown, that row is before bonus; a last column puts every package
    // before bonus, so like is compared with like
    boolean unknownBonus = e.packages().stream().anyMatch(p -> !p.value().bonusKnown());
    out.printf("  %-22s %12s %12s %12s %12s %12s%s%n", "", "year 1", "year 2", "year 3", "year 4", "4-yr avg",
        unknownBonus ? String.format(" %14s", "before bonus") : "");
    for (PackageSummary p : e.packages()) {
      boolean before = !p.value().bonusKnown();
      StringBuilder row = new StringBuilder(String.format("  %-22s", clip(p.label() + (before ? " *" : ""), 22)));
      for (YearValue y : p.value().years()) {
        row.append(String.format(" %12s", MoneyFormat.full(y.total())));
      }
      row.append(String.format(" %12s", MoneyFormat.full(p.value().fourYearAverage())));
      if (unknownBonus) {
        row.append(String.format(" %14s", MoneyFormat.full(p.value().average(PackageValue.YEARS, false))));
      }
      out.println(row);
    }
    if (unknownBonus) {
      out.println("  * bonus unknown: this row is before bonus; \"before bonus\" leaves bonus out of every package,"
          + " which is how they are compared");
    }
    for (PackageSummary p : e.packages()) {
      if (p.kind().equals("competing")) {
        CompetingFigures c = e.competing().stream().filter(x -> x.index() == p.competingIndex()).findFirst().orElseThrow();
        out.println("  " + p.label() + " as offered: " + CompetingAsOffered.describe(c, p.schedule())
            + (c.fx().isIdentity() ? "" : "; converted at " + c.fx() + " (" + c.fx().source() + ")"));
        if (p.verdict() != null) {
          out.println("    " + p.verdict());
        }
      }
    }
    if (e.anchor() != null) {
      out.println("  anchor " + marks.bracketed(Provenance.PROJECT) + ": " + e.anchor().label() + " — "
          + e.anchor().why());
    }
    if (e.decisionReason() != null) {
      out.println("  decision " + marks.bracketed(Provenance.PROJECT) + ": " + e.decision().words()
          + " — " + e.decisionReason());
    }
    for (String advice : e.levelling()) {
      out.println("  levelling " + marks.bracketed(Provenance.PROJECT) + ": " + advice);
    }
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }

  /**
   * The formula's annual and first-year total comp. The formula spreads a grant evenly over its
   * years, so for a grant that vests otherwise (back-loaded, or with a cliff) the line also gives
   * what year 1 actually pays, as the per-year table shows it, rather than leave two first years
   * that disagree.
   */
  private static void total(PrintWriter out, TotalComp t, PackageValue value, VestSchedule schedule) {
    out.println("  annual       " + MoneyFormat.full(t.annual()) + " = " + MoneyFormat.full(t.base()) + " base + "
        + MoneyFormat.full(t.stockPerYear()) + " stock/yr + " + MoneyFormat.full(t.bonus()) + " bonus");
    String actual = "";
    if (value != null && !value.years().isEmpty()) {
      YearValue year1 = value.years().get(0);
      if (year1.total().compareTo(t.firstYear()) != 0) {
        actual = "; by the formula, which spreads the grant evenly: vesting " + schedule.describe()
            + ", year 1 pays " + MoneyFormat.full(year1.total());
      }
    }
    out.println("  first year   " + MoneyFormat.full(t.firstYear()) + " (with " + MoneyFormat.full(t.signOn()) + " sign-on"
        + actual + ")");
  }

  private static String capped(CounterOfferResult c, Component component) {
    return c.capped().contains(component) ? " (capped)" : "";
  }

  private static String label(Component c) {
    return switch (c) {
      case BASE -> "base";
      case STOCK -> "stock grant";
      case BONUS -> "bonus";
      case TOTAL_COMP -> "total comp";
      case SIGN_ON -> "sign-on";
    };
  }

  private static String figure(BigDecimal value, String unit) {
    return MoneyFormat.figure(value, unit);
  }

  private static String pct(BigDecimal fraction) {
    return fraction == null ? "n/a" : fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String ratio(BigDecimal r) {
    return r == null ? "n/a" : r.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
