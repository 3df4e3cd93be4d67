package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.io.EvaluationJson;
import dev.offereval.io.Numbers;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.Band;
import dev.offereval.model.Component;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Money;
import dev.offereval.model.MoneyFormat;
import dev.offereval.model.Position;
import dev.offereval.model.RuleFiring;
import dev.offereval.model.TotalComp;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** The readable report of one evaluation, for {@code offer-eval offer}. */
final class TextReport {
  private TextReport() {}

  static void write(Evaluation e, OfferEvaluator evaluator, PrintWriter out) {
    out.println("Offer " + e.offerId() + ": " + e.status());
    for (String m : e.messages()) {
      out.println("  " + m);
    }
    Band b = e.band();
    if (b != null) {
      out.println();
      out.println("Band: " + b.company() + " " + b.role() + " " + b.level() + ", " + b.regionName() + " ("
          + b.currency().getCurrencyCode() + "), as of " + b.asOf() + (e.stale() ? " (STALE)" : "") + " — "
          + b.sourceFile());
      for (String s : b.sources()) {
        out.println("  source: " + s);
      }
    }
    if (e.offerTotalComp() != null) {
      out.println();
      out.println("Offer total comp (" + EvaluationJson.FORMULA + "):");
      total(out, e.offerTotalComp());
      if (e.offerFx() != null) {
        out.println("  converted at " + e.offerFx() + " (" + e.offerFx().source() + ")");
      }
    }
    if (!e.positions().isEmpty()) {
      out.println();
      out.println("Band position:");
      for (Position p : e.positions()) {
        out.printf("  %-11s %-11s %s  (band %s–%s; penetration %s; compa-ratio %s)%n",
            label(p.component()), p.zone(), figure(p.offered(), p.unit()), figure(p.min(), p.unit()),
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
      out.println("    say: \"" + l.talkingPoint() + "\"");
    }
    CounterOfferResult c = e.counter();
    if (c != null) {
      out.println();
      out.println("Counter-offer (uplift " + Numbers.percent(c.upliftPct()) + "% over the offer's annual total comp):");
      out.println("  base         " + MoneyFormat.full(c.base()) + capped(c, Component.BASE) + " — " + c.reasons().get(Component.BASE));
      out.println("  stock grant  " + MoneyFormat.full(c.stockGrant()) + " over " + c.vestYears() + " years"
          + capped(c, Component.STOCK) + " — " + c.reasons().get(Component.STOCK));
      out.println("  bonus        " + Numbers.percent(c.bonusPct()) + "%" + capped(c, Component.BONUS) + " — "
          + c.reasons().get(Component.BONUS));
      out.println("  sign-on      " + MoneyFormat.full(c.signOn()) + " — " + c.reasons().get(Component.SIGN_ON));
      total(out, c.totalComp());
    }
    if (e.script() != null) {
      out.println();
      out.println("Script:");
      out.println("  " + e.script());
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
    out.println();
    out.println("evaluated on " + e.evaluatedOn() + "; rules: " + evaluator.rulesSource() + "; data: " + evaluator.dataSource() + "; fingerprint "
        + e.fingerprint());
  }

  private static void total(PrintWriter out, TotalComp t) {
    out.println("  annual       " + MoneyFormat.full(t.annual()) + " = " + MoneyFormat.full(t.base()) + " base + "
        + MoneyFormat.full(t.stockPerYear()) + " stock/yr + " + MoneyFormat.full(t.bonus()) + " bonus");
    out.println("  first year   " + MoneyFormat.full(t.firstYear()) + " (with " + MoneyFormat.full(t.signOn()) + " sign-on)");
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
    if ("%".equals(unit)) {
      return Numbers.percent(value) + "%";
    }
    return MoneyFormat.full(new Money(value, Currency.getInstance(unit)));
  }

  private static String pct(BigDecimal fraction) {
    return fraction == null ? "n/a" : fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String ratio(BigDecimal r) {
    return r == null ? "n/a" : r.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
