package dev.offereval.cli;

import dev.offereval.io.Numbers;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Money;
import dev.offereval.model.internal.MoneyFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What changed between two evaluations of the same batch: one line per change, per offer. */
final class BatchDiff {
  private BatchDiff() {}

  static List<String> lines(List<Evaluation> before, List<Evaluation> after) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
      Evaluation a = before.get(i);
      Evaluation b = after.get(i);
      String id = b.offerId() == null ? "row " + (i + 1) : b.offerId();
      if (a.status() != b.status()) {
        out.add(id + ": status " + a.status() + " -> " + b.status());
      }
      Set<String> was = ids(a);
      Set<String> now = ids(b);
      for (String l : now) {
        if (!was.contains(l)) {
          out.add(id + ": gained lever " + l);
        }
      }
      for (String l : was) {
        if (!now.contains(l)) {
          out.add(id + ": lost lever " + l);
        }
      }
      CounterOfferResult x = a.counter().orElse(null);
      CounterOfferResult y = b.counter().orElse(null);
      if (x == null || y == null) {
        if (x != y) {
          out.add(id + ": counter " + (x == null ? "now given" : "no longer given"));
        }
        continue;
      }
      move(out, id, "base", x.base(), y.base());
      move(out, id, "stock grant", x.stockGrant(), y.stockGrant());
      move(out, id, "sign-on", x.signOn(), y.signOn());
      if (x.bonusPct().compareTo(y.bonusPct()) != 0) {
        out.add(id + ": counter bonus " + Numbers.percent(x.bonusPct()) + "% -> " + Numbers.percent(y.bonusPct()) + "%");
      }
      move(out, id, "total comp", x.totalComp().annual(), y.totalComp().annual());
      if (!a.script().equals(b.script()) && out.stream().noneMatch(l -> l.startsWith(id + ": counter"))) {
        out.add(id + ": script wording changed");
      }
    }
    return out;
  }

  private static void move(List<String> out, String id, String what, Money from, Money to) {
    if (!from.currency().equals(to.currency()) || from.rounded().compareTo(to.rounded()) != 0) {
      out.add(id + ": counter " + what + " " + MoneyFormat.full(from) + " -> " + MoneyFormat.full(to));
    }
  }

  private static Set<String> ids(Evaluation e) {
    Set<String> s = new LinkedHashSet<>();
    for (AppliedLever l : e.levers()) {
      s.add(l.id());
    }
    return s;
  }
}
