package dev.offereval.cli;

import dev.offereval.io.records.BandsFromRecords;
import dev.offereval.io.records.BandsFromRecords.Group;
import dev.offereval.io.records.BandsFromRecords.InCurrency;
import dev.offereval.io.records.RecordBandFiles;
import dev.offereval.model.Band;
import dev.offereval.model.Money;
import dev.offereval.model.MoneyRange;
import dev.offereval.model.PercentRange;
import dev.offereval.model.internal.MoneyFormat;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The report of {@code bands-from}: each group's count and figures, and where every band goes. */
final class BandsFromReport {
  private BandsFromReport() {}

  static void print(PrintWriter out, BandsFromRecords.Result r, BandsFromRecords.Settings s, RecordBandFiles.Plan plan) {
    long used = r.records() - r.leftOut();
    out.println(r.file() + ": " + used + " record" + (used == 1 ? "" : "s")
        + (r.from() == null ? "" : ", dated " + r.from() + " to " + r.to())
        + (r.leftOut() == 0 ? "" : " (and " + r.leftOut() + " dated after " + s.asOf() + ", left out)")
        + "; a band from " + s.label() + " of each group of at least " + s.minRecords() + " records"
        + (r.unreadColumns().isEmpty() ? "" : "; columns not read: " + String.join(", ", r.unreadColumns())));
    Map<dev.offereval.model.BandKey, RecordBandFiles.Placement> placed = new HashMap<>();
    plan.placements().forEach(p -> placed.put(p.band().key(), p));
    for (Group g : r.groups()) {
      String head = g.label() + ": " + g.count() + " record" + (g.count() == 1 ? "" : "s");
      switch (g.outcome()) {
        case TOO_FEW -> out.println(head + ", fewer than " + s.minRecords() + ": no band");
        case MIXED_CURRENCIES -> out.println(head + ": refused, they mix currencies: " + g.currencies().stream()
            .map(BandsFromReport::lines).collect(Collectors.joining("; ")) + ": no band");
        case BAND -> band(out, head, g, placed.get(g.key()));
      }
    }
  }

  private static String lines(InCurrency c) {
    String shown = c.lines().stream().map(String::valueOf).collect(Collectors.joining(", "));
    return c.currency().getCurrencyCode() + " " + c.count() + " (line" + (c.count() == 1 ? " " : "s ") + shown
        + (c.count() > c.lines().size() ? " and " + (c.count() - c.lines().size()) + " more" : "") + ")";
  }

  private static void band(PrintWriter out, String head, Group g, RecordBandFiles.Placement p) {
    Band b = g.band();
    out.println(head + " in " + b.currency().getCurrencyCode() + ", dated " + g.from() + " to " + g.to());
    out.println("  base " + range(b.base()) + "; stock grant " + range(b.stockGrant()) + " over " + b.vestYears()
        + " years; bonus " + percent(b.bonusPct()));
    g.sources().forEach((source, count) -> out.println("  source: " + (source.isEmpty() ? "others" : source) + " ("
        + count + ")"));
    Band held = p.existing();
    switch (p.state()) {
      case NEW -> out.println("  " + p.file() + ": new");
      case UNCHANGED -> out.println("  " + p.file() + ": unchanged");
      case UPDATED -> out.println("  " + p.file() + ": updated; it held " + summary(held));
      case KEPT -> out.println("  the data holds this band from " + origin(held) + "; it stays (--replace puts this"
          + " one in its place). Against it:");
      case REPLACED -> out.println("  " + p.file() + ": new, in place of the band from " + origin(held)
          + ", taken out of that file. Against it:");
    }
    if (p.state() == RecordBandFiles.State.KEPT || p.state() == RecordBandFiles.State.REPLACED) {
      difference(held, b).forEach(l -> out.println("    " + l));
    }
  }

  private static String origin(Band held) {
    String where = held.sourceFile() + ", as of " + held.asOf();
    return held.guide() == null ? where : "the guide \"" + held.guide() + "\" (" + where + ")";
  }

  private static String summary(Band b) {
    return "base " + range(b.base()) + ", stock grant " + range(b.stockGrant()) + " over " + b.vestYears()
        + " years, bonus " + percent(b.bonusPct()) + ", as of " + b.asOf();
  }

  /** Held against computed, figure by figure: the change of each end. */
  static List<String> difference(Band held, Band computed) {
    List<String> l = new ArrayList<>();
    if (!held.currency().equals(computed.currency())) {
      l.add("held in " + held.currency().getCurrencyCode() + ", computed in " + computed.currency().getCurrencyCode()
          + ": not compared");
      return l;
    }
    l.add(money("base", held.base(), computed.base()));
    if (held.vestYears() == computed.vestYears()) {
      l.add(money("stock grant over " + held.vestYears() + " years", held.stockGrant(), computed.stockGrant()));
    } else {
      l.add(money("stock a year (held over " + held.vestYears() + " years, computed over " + computed.vestYears() + ")",
          held.stockPerYear(), computed.stockPerYear()));
    }
    PercentRange hb = held.bonusPct();
    PercentRange cb = computed.bonusPct();
    l.add("bonus: held " + percent(hb) + ", computed " + percent(cb) + " (min " + signed(cb.min().subtract(hb.min()))
        + ", max " + signed(cb.max().subtract(hb.max())) + " points)");
    return l;
  }

  private static String money(String what, MoneyRange held, MoneyRange computed) {
    return what + ": held " + range(held) + ", computed " + range(computed) + " (min "
        + signed(computed.min().minus(held.min())) + ", max " + signed(computed.max().minus(held.max())) + ")";
  }

  private static String range(MoneyRange r) {
    return MoneyFormat.full(r.min()) + "–" + MoneyFormat.full(r.max());
  }

  private static String percent(PercentRange r) {
    return MoneyFormat.percent(r.min()) + "–" + MoneyFormat.percent(r.max()) + "%";
  }

  private static String signed(Money m) {
    return m.amount().signum() == 0 ? "0" : (m.isNegative() ? "-" : "+") + MoneyFormat.full(
        new Money(m.amount().abs(), m.currency()));
  }

  private static String signed(BigDecimal points) {
    return points.signum() == 0 ? "0" : (points.signum() < 0 ? "-" : "+") + MoneyFormat.percent(points.abs());
  }
}
