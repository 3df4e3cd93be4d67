package dev.offereval.cli;

import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.internal.MoneyFormat;
import dev.offereval.model.Status;
import dev.offereval.store.Ask;
import dev.offereval.store.Negotiation;
import dev.offereval.store.Round;
import dev.offereval.store.RoundChange;
import dev.offereval.store.RoundDecision;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A negotiation's timeline in words: for each round, the offer, what moved since the round before
 * (beside what that round asked), what was asked, and the decision.
 */
final class TimelineText {
  /** The components as the timeline names them. */
  private static final java.util.Map<String, String> NAMES = java.util.Map.of("base", "base", "stock_grant", "stock",
      "vest_years", "vest years", "bonus_pct", "bonus", "sign_on", "sign-on");

  private TimelineText() {}

  /** {@code 2026-12-07 18:58:33Z}; written digit by digit, as list writes one for each negotiation. */
  static String time(Instant t) {
    java.time.LocalDateTime d = java.time.LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
    char[] c = "0000-00-00 00:00:00Z".toCharArray();
    put(c, 0, 4, d.getYear());
    put(c, 5, 2, d.getMonthValue());
    put(c, 8, 2, d.getDayOfMonth());
    put(c, 11, 2, d.getHour());
    put(c, 14, 2, d.getMinute());
    put(c, 17, 2, d.getSecond());
    return new String(c);
  }

  private static void put(char[] c, int at, int width, int value) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  static void write(Negotiation n, PrintWriter out) {
    out.println("Negotiation " + n.id() + ": " + n.company() + ", " + n.role() + " " + n.level() + " in " + n.region()
        + " (" + (n.isOpen() ? "open" : "closed: " + n.closedReason()) + "; " + n.rounds().size()
        + (n.rounds().size() == 1 ? " round" : " rounds") + "; started " + time(n.createdAt()) + ", last change "
        + time(n.updatedAt()) + ")");
    Round previous = null;
    for (Round r : n.rounds()) {
      out.println();
      out.println("Round " + r.number() + ", " + time(r.recordedAt())
          + (r.note() == null ? "" : ": \"" + r.note() + "\""));
      out.println("  offer:     " + offer(r.offer()));
      for (CompetingOffer c : r.offer().competing()) {
        out.println("  competing: " + c.company() + (c.level() == null ? "" : " " + c.level()) + ", "
            + MoneyFormat.full(c.base()) + " base, " + MoneyFormat.full(c.stockGrant()) + " stock over "
            + c.vestYears() + " years" + (c.bonusPct() == null ? "" : ", " + MoneyFormat.percent(c.bonusPct()) + "% bonus"));
      }
      if (previous != null) {
        out.println("  moved:     " + moved(RoundChange.between(previous, r)));
      }
      Ask ask = r.outcome().ask();
      out.println("  asked:     " + (ask == null ? "nothing (no counter-offer)" : ask(ask)));
      // the figures the decision rests on are in the JSON; its reason says them in words
      out.println("  decision:  " + decision(r.outcome().decision())
          + (r.outcome().status() == Status.OK ? "" : " (" + r.outcome().status() + ")"));
      if (laterRound(r.outcome().decision()) && r.outcome().script() != null) {
        out.println("  script:    " + r.outcome().script());
      }
      previous = r;
    }
    out.flush();
  }

  private static String offer(Offer o) {
    return MoneyFormat.full(o.base()) + " base, " + MoneyFormat.full(o.stockGrant()) + " stock over " + o.vestYears()
        + " years (" + o.vestSchedule().text() + "), " + MoneyFormat.percent(o.bonusPct()) + "% bonus, "
        + MoneyFormat.full(o.signOn()) + " sign-on";
  }

  private static String ask(Ask a) {
    return MoneyFormat.full(a.base()) + " base, " + MoneyFormat.full(a.stockGrant()) + " stock over " + a.vestYears()
        + " years, " + MoneyFormat.percent(a.bonusPct()) + "% bonus, " + MoneyFormat.full(a.signOn()) + " sign-on";
  }

  /** Whether the rules for later rounds decided it: its script answers the recruiter's revision. */
  static boolean laterRound(RoundDecision d) {
    return java.util.Set.of(RoundDecision.ACCEPT, RoundDecision.TRADE, RoundDecision.HOLD, RoundDecision.DECIDE)
        .contains(d.code());
  }

  private static String decision(RoundDecision d) {
    return d.code() + (d.reason() == null ? "" : ": " + d.reason());
  }

  /** Each component in turn: unchanged, or from and to, with the share of the way to the ask. */
  static String moved(RoundChange change) {
    List<String> parts = new ArrayList<>();
    for (RoundChange.ComponentMove m : change.components()) {
      String name = NAMES.getOrDefault(m.component(), m.component());
      if (!m.moved()) {
        parts.add(name + " unchanged at " + value(m.after(), m.unit())
            + (m.asked() != null && m.asked().compareTo(m.after()) != 0 ? " (asked " + value(m.asked(), m.unit()) + ")" : ""));
        continue;
      }
      StringBuilder s = new StringBuilder(name).append(' ');
      if (m.before() == null) {
        s.append("now ").append(value(m.after(), m.unit())).append(" (in another currency before)");
      } else {
        BigDecimal change1 = m.change();
        s.append(value(m.before(), m.unit())).append(" -> ").append(value(m.after(), m.unit())).append(" (")
            .append(change1.signum() > 0 ? "+" : "-").append("%".equals(m.unit())
                ? MoneyFormat.percent(change1.abs()) + (change1.abs().compareTo(BigDecimal.ONE) == 0 ? " point" : " points")
                : value(change1.abs(), m.unit()));
        BigDecimal closed = m.gapClosedPct();
        if (closed != null) {
          s.append(", ").append(MoneyFormat.percent(closed)).append("% of the way to the ")
              .append(value(m.asked(), m.unit())).append(" asked");
        } else if (m.asked() == null || m.asked().compareTo(m.before()) == 0) {
          s.append(", not asked");
        }
        s.append(')');
      }
      parts.add(s.toString());
    }
    if (change.vestScheduleChanged()) {
      parts.add("vesting " + change.vestScheduleBefore() + " -> " + change.vestScheduleAfter());
    }
    return String.join("; ", parts);
  }

  private static String value(BigDecimal v, String unit) {
    return switch (unit) {
      case "%" -> MoneyFormat.percent(v) + "%";
      case "years" -> v.stripTrailingZeros().toPlainString() + (v.compareTo(BigDecimal.ONE) == 0 ? " year" : " years");
      default -> MoneyFormat.full(new Money(v, Currency.getInstance(unit)));
    };
  }
}
