package dev.offereval.engine.internal;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.Explain;
import dev.offereval.engine.Plausibility;
import dev.offereval.io.Amounts;
import dev.offereval.model.DataException;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.io.ScenarioFile;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.Component;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Evaluation;
import dev.offereval.model.PackageSummary;
import dev.offereval.model.PreviousRound;
import dev.offereval.io.RoundRevision;
import dev.offereval.model.Position;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs rule scenarios through the real facade and compares each expectation. */
public final class ScenarioRunner {

  /** The outcome of one scenario: its failures, empty when it passed. */
  public record Outcome(String file, String name, List<String> failures, List<String> firedRules) {
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  private final OfferEvaluator evaluator;
  private final LocalDate defaultDate;

  public ScenarioRunner(OfferEvaluator evaluator, LocalDate defaultDate) {
    this.evaluator = evaluator;
    this.defaultDate = defaultDate;
  }

  /** The scenario files of a folder, by name. */
  public static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
    }
  }

  public List<Outcome> run(Path dir) throws IOException, DataException {
    List<Outcome> out = new ArrayList<>();
    for (Path f : files(dir)) {
      ScenarioFile file = ScenarioFile.read(f, f.toString());
      for (ScenarioFile.Scenario s : file.scenarios()) {
        out.add(run(file.file(), s));
      }
    }
    return out;
  }

  /** The rules that no scenario fired, sorted. */
  public Set<String> neverFired(List<Outcome> outcomes) {
    Set<String> fired = outcomes.stream().flatMap(o -> o.firedRules().stream()).collect(Collectors.toSet());
    Set<String> missing = new LinkedHashSet<>(evaluator.ruleNames());
    missing.removeAll(fired);
    return missing;
  }

  Outcome run(String file, ScenarioFile.Scenario s) {
    List<String> failures = new ArrayList<>();
    Map<String, String> given = new java.util.HashMap<>();
    s.given().forEach((k, v) -> given.put(k.toLowerCase(Locale.ROOT), v));
    given.putIfAbsent("offer_id", "scenario");
    OfferRow row = new OfferCsvReader(evaluator.data()).fromValues(0, given,
        s.competing() == null ? List.of() : s.competing(), file);
    LocalDate on = s.asOf() == null ? defaultDate : LocalDate.parse(s.asOf());
    Evaluation e = lastRound(row, list(s.rounds()), on,
        Boolean.TRUE.equals(s.strict()) ? Plausibility.STRICT : Plausibility.WARN);
    ScenarioFile.Expect x = s.expect();
    if (x.status() != null && !x.status().equalsIgnoreCase(e.status().name())) {
      failures.add("status: expected " + x.status() + ", got " + e.status() + " " + e.messages());
    }
    List<String> levers = e.levers().stream().map(AppliedLever::id).toList();
    for (String id : list(x.levers())) {
      if (!levers.contains(id)) {
        failures.add("lever " + id + ": expected present, got " + levers);
      }
    }
    for (String id : list(x.notLevers())) {
      if (levers.contains(id)) {
        failures.add("lever " + id + ": expected absent, got " + levers);
      }
    }
    if (x.zones() != null) {
      x.zones().forEach((component, zone) -> {
        String got = e.position(component(component)).map(p -> p.zone().name()).orElse("none");
        if (!got.equalsIgnoreCase(zone)) {
          failures.add("zone " + component + ": expected " + zone + ", got " + got);
        }
      });
    }
    if (x.counter() != null) {
      counter(e.counter().orElse(null), x.counter(), failures);
    }
    for (String text : list(x.scriptContains())) {
      if (!e.script().map(script -> script.contains(text)).orElse(false)) {
        failures.add("script: expected to contain \"" + text + "\", got " + e.script().map(script -> "\"" + script + "\"").orElse("no script"));
      }
    }
    for (String text : list(x.scriptNotContains())) {
      if (e.script().map(script -> script.contains(text)).orElse(false)) {
        failures.add("script: expected not to contain \"" + text + "\", got \"" + e.script().get() + "\"");
      }
    }
    for (String text : list(x.messagesContain())) {
      if (e.messages().stream().noneMatch(m -> m.toString().contains(text))) {
        failures.add("messages: expected one containing \"" + text + "\", got " + e.messages());
      }
    }
    for (String text : list(x.messagesNotContain())) {
      e.messages().stream().filter(m -> m.toString().contains(text)).findFirst().ifPresent(m ->
          failures.add("messages: expected none containing \"" + text + "\", got \"" + m + "\""));
    }
    if (x.noCounter() != null && x.noCounter() != (e.counter().isEmpty() && e.script().isEmpty())) {
      failures.add(x.noCounter()
          ? "no-counter: expected neither a counter-offer nor a script, got " + (e.counter().isPresent()
              ? "a counter-offer" : "the script \"" + e.script().orElseThrow() + "\"")
          : "no-counter: false expects a counter-offer and a script, got " + (e.counter().isEmpty() ? "no counter-offer" : "no script"));
    }
    List<String> said = e.levers().stream().map(AppliedLever::talkingPoint).toList();
    for (String text : list(x.talkingPointContains())) {
      if (said.stream().noneMatch(t -> t.contains(text))) {
        failures.add("talking points: expected one containing \"" + text + "\", got " + said);
      }
    }
    for (String text : list(x.talkingPointNotContains())) {
      said.stream().filter(t -> t.contains(text)).findFirst().ifPresent(t ->
          failures.add("talking points: expected none containing \"" + text + "\", got \"" + t + "\""));
    }
    if (x.stale() != null && x.stale() != e.stale()) {
      failures.add("stale: expected " + x.stale() + ", got " + e.stale());
    }
    if (x.decision() != null && (e.decision() == null || !x.decision().equalsIgnoreCase(e.decision().name()))) {
      failures.add("decision: expected " + x.decision() + ", got " + e.decision()
          + (e.decisionReason() == null ? "" : " (" + e.decisionReason() + ")"));
    }
    if ("none".equalsIgnoreCase(x.anchor())) {
      if (e.anchor() != null) {
        failures.add("anchor: expected none, got " + e.anchor().label());
      }
    } else if (x.anchor() != null && (e.anchor() == null || !x.anchor().equalsIgnoreCase(e.anchor().label()))) {
      failures.add("anchor: expected " + x.anchor() + ", got " + (e.anchor() == null ? "none" : e.anchor().label()));
    }
    if (x.comparisonView() != null && !x.comparisonView().equals(e.comparisonView())) {
      failures.add("comparison-view: expected " + x.comparisonView() + ", got " + e.comparisonView());
    }
    if (x.perYear() != null) {
      x.perYear().forEach((label, years) -> perYear(e, label, years, failures));
    }
    if (x.verdictsContain() != null) {
      x.verdictsContain().forEach((label, text) -> {
        String got = e.packages().stream().filter(p -> p.label().equalsIgnoreCase(label)).map(PackageSummary::verdict)
            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (got == null || !got.contains(text)) {
          failures.add("verdict of " + label + ": expected to contain \"" + text + "\", got " + got);
        }
      });
    }
    for (String text : list(x.levellingContains())) {
      if (e.levelling().stream().noneMatch(a -> a.contains(text))) {
        failures.add("levelling: expected advice containing \"" + text + "\", got " + e.levelling());
      }
    }
    for (String rule : list(x.rulesFired())) {
      if (!e.firedRules().contains(rule)) {
        failures.add("rule \"" + rule + "\": expected to fire, it did not");
      }
    }
    return new Outcome(file, s.name(), failures, e.firedRules());
  }

  /**
   * The evaluation of {@code row}'s offer or, with {@code rounds}, of the last of them: each a
   * negotiation's revision evaluated against the round before, as {@code negotiation round} does.
   */
  private Evaluation lastRound(OfferRow first, List<Map<String, String>> rounds, LocalDate on,
      Plausibility plausibility) {
    OfferRow row = first;
    Evaluation e = row.valid() ? evaluator.evaluate(row.offer(), on, Explain.NONE, plausibility)
        : Evaluation.invalid(row.offerId(), row.errors(), evaluator.fingerprint(), on);
    int number = 1;
    for (Map<String, String> revised : rounds) {
      if (!row.valid()) {
        break;
      }
      PreviousRound previous = PreviousRound.of(number++, row.offer(), e);
      row = revision(revised).apply(row.offer(), new OfferCsvReader(evaluator.data()), OfferCsvReader.Naming.COLUMNS);
      e = row.valid() ? evaluator.evaluateRound(row.offer(), previous, on, Explain.NONE, plausibility)
          : Evaluation.invalid(row.offerId(), row.errors(), evaluator.fingerprint(), on);
    }
    return e;
  }

  /** A round's revision as a scenario writes it: the fields of {@link RoundRevision#FIELDS}, by name. */
  private static RoundRevision revision(Map<String, String> revised) {
    Map<String, String> v = new java.util.HashMap<>();
    (revised == null ? Map.<String, String>of() : revised).forEach((k, x) -> v.put(k.toLowerCase(Locale.ROOT), x));
    return new RoundRevision(v.get("base"), v.get("stock_grant"), v.get("bonus_pct"), v.get("bonus"), v.get("sign_on"),
        v.get("vest_schedule"));
  }

  /** Compares a package's yearly totals, rounded at output, with the expected figures. */
  private static void perYear(Evaluation e, String label, List<String> expected, List<String> failures) {
    PackageSummary p = e.packages().stream().filter(x -> x.label().equalsIgnoreCase(label)).findFirst().orElse(null);
    if (p == null) {
      failures.add("per-year " + label + ": no such package, got "
          + e.packages().stream().map(PackageSummary::label).toList());
      return;
    }
    List<String> got = p.value().years().stream().map(y -> y.total().rounded().stripTrailingZeros().toPlainString())
        .toList();
    List<String> want = expected.stream().map(v -> new BigDecimal(v).stripTrailingZeros().toPlainString()).toList();
    if (!got.equals(want)) {
      failures.add("per-year " + label + ": expected " + want + ", got " + got);
    }
  }

  private static void counter(CounterOfferResult c, Map<String, Object> expected, List<String> failures) {
    if (c == null) {
      failures.add("counter: expected one, got none");
      return;
    }
    for (Map.Entry<String, Object> x : expected.entrySet()) {
      String key = x.getKey().toLowerCase(Locale.ROOT).replace('-', '_');
      if (key.equals("vest_schedule")) {
        String got = c.vestSchedule().text();
        if (!got.equalsIgnoreCase(String.valueOf(x.getValue()).strip())) {
          failures.add("counter.vest_schedule: expected " + x.getValue() + ", got " + got);
        }
        continue;
      }
      if (key.equals("capped")) {
        Set<String> want = new java.util.TreeSet<>();
        for (Object o : x.getValue() instanceof List<?> l ? l : List.of(x.getValue())) {
          want.add(String.valueOf(o).toUpperCase(Locale.ROOT));
        }
        Set<String> got = c.capped().stream().map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!want.equals(got)) {
          failures.add("counter.capped: expected " + want + ", got " + got);
        }
        continue;
      }
      BigDecimal actual = switch (key) {
        case "base" -> c.base().amount();
        case "stock_grant", "stock" -> c.stockGrant().amount();
        case "bonus_pct", "bonus" -> c.bonusPct();
        case "sign_on" -> c.signOn().amount();
        case "vest_years" -> BigDecimal.valueOf(c.vestYears());
        case "total_comp", "annual_total_comp" -> c.totalComp().annual().amount();
        case "first_year_total_comp" -> c.totalComp().firstYear().amount();
        case "uplift_pct" -> c.upliftPct();
        default -> null;
      };
      if (actual == null) {
        failures.add("counter." + x.getKey() + ": unknown field (use base, stock_grant, vest_years, vest_schedule,"
            + " bonus_pct, sign_on, total_comp, first_year_total_comp, uplift_pct or capped)");
        continue;
      }
      String shown = actual.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
      if (x.getValue() instanceof Map<?, ?> bounds) {
        BigDecimal min = bounds.get("min") == null ? null : Amounts.parse(String.valueOf(bounds.get("min")));
        BigDecimal max = bounds.get("max") == null ? null : Amounts.parse(String.valueOf(bounds.get("max")));
        if ((min != null && actual.compareTo(min) < 0) || (max != null && actual.compareTo(max) > 0)) {
          failures.add("counter." + x.getKey() + ": expected between " + (min == null ? "-" : min.toPlainString())
              + " and " + (max == null ? "-" : max.toPlainString()) + ", got " + shown);
        }
      } else {
        BigDecimal want = Amounts.parse(String.valueOf(x.getValue()));
        // compare at the minor unit, as output shows it
        if (actual.setScale(2, java.math.RoundingMode.HALF_UP).compareTo(want.setScale(2, java.math.RoundingMode.HALF_UP)) != 0) {
          failures.add("counter." + x.getKey() + ": expected " + want.toPlainString() + ", got " + shown);
        }
      }
    }
  }

  private static Component component(String name) {
    String n = name.toUpperCase(Locale.ROOT).replace('-', '_');
    return switch (n) {
      case "STOCK_GRANT" -> Component.STOCK;
      case "BONUS_PCT" -> Component.BONUS;
      case "TOTAL" -> Component.TOTAL_COMP;
      default -> Component.valueOf(n);
    };
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  static Comparator<Outcome> order() {
    return Comparator.comparing(Outcome::file).thenComparing(Outcome::name);
  }
}
