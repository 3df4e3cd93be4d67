package dev.offereval.cli;

import dev.offereval.engine.Explain;
import dev.offereval.engine.OfferEvaluator;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.store.Negotiation;
import dev.offereval.store.NegotiationSummary;
import dev.offereval.store.Negotiations;
import dev.offereval.store.Round;
import dev.offereval.store.RoundOutcome;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench --negotiations N}: fills a negotiations database with N negotiations of three rounds
 * each and times what a person waits for, {@code negotiation list} and {@code negotiation show}, in
 * this JVM: the query and the text written (to nowhere), the first run (cold: classes loaded, code
 * interpreted, as in a command's own process) and the median of the others.
 */
final class NegotiationBench {
  private static final int RUNS = 15;
  private static final int BATCH = 1000;

  private NegotiationBench() {}

  static void run(OfferEvaluator evaluator, long count, Path db, LocalDate on, PrintWriter out) {
    List<Round> rounds = threeRounds(evaluator, on);
    long t0 = System.nanoTime();
    long first;
    long last;
    try (Negotiations negotiations = Negotiations.open(db)) {
      List<Long> ids = new ArrayList<>();
      Instant start = Instant.parse("2026-11-24T09:00:00Z");
      for (long done = 0; done < count; done += BATCH) {
        List<Negotiation> batch = new ArrayList<>();
        for (long i = done; i < Math.min(count, done + BATCH); i++) {
          Instant at = start.plusSeconds(i * 60);
          batch.add(new Negotiation(0, "Twilio", "Data Engineer", "L2", "san-francisco", null, at, at.plusSeconds(7200),
              List.of(at(rounds.get(0), at), at(rounds.get(1), at.plusSeconds(3600)),
                  at(rounds.get(2), at.plusSeconds(7200)))));
        }
        ids.addAll(negotiations.restore(batch));
      }
      first = ids.get(0);
      last = ids.get(ids.size() - 1);
    }
    double fillSeconds = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    try (Negotiations negotiations = Negotiations.open(db)) {
      double openMs = (System.nanoTime() - t1) / 1e6;
      PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
      double[] list = new double[RUNS];
      int listed = 0;
      double[] show = new double[RUNS];
      long[] shown = {first, first + (last - first) / 2, last};
      for (int run = 0; run < RUNS; run++) {
        long a = System.nanoTime();
        List<NegotiationSummary> all = negotiations.list();
        NegotiationListCommand.write(all, nowhere);
        list[run] = (System.nanoTime() - a) / 1e6;
        listed = all.size();
        long b = System.nanoTime();
        TimelineText.write(negotiations.get(shown[run % shown.length]), nowhere);
        show[run] = (System.nanoTime() - b) / 1e6;
      }
      out.printf(Locale.ROOT, "negotiations: %,d of 3 rounds each added to %s in %.1f s (%,d in it now)%n", count, db,
          fillSeconds, listed);
      out.printf(Locale.ROOT, "  open     %.1f ms (the connection, and the check that the schema is current)%n",
          openMs);
      out.printf(Locale.ROOT, "  list     first %.1f ms, then median %.1f ms (min %.1f, max %.1f): every negotiation,"
          + " one line each%n", list[0], median(rest(list)), min(rest(list)), max(rest(list)));
      out.printf(Locale.ROOT, "  show     first %.1f ms, then median %.1f ms (min %.1f, max %.1f): one negotiation's"
          + " timeline%n", show[0], median(rest(show)), min(rest(show)), max(rest(show)));
      out.flush();
    }
  }

  /** The seed's offer and two revisions, each evaluated once (a revision against the round before); every negotiation repeats them. */
  private static List<Round> threeRounds(OfferEvaluator evaluator, LocalDate on) {
    Offer r1 = Offer.builder().offerId("bench").company("Twilio").role("Data Engineer").level("L2")
        .region("san-francisco").base(Money.of(170_000, "USD")).stockGrant(Money.of(160_000, "USD")).bonusPct(10)
        .skills("cdp", "kafka", "flink", "feature-store")
        .addCompeting(new CompetingOffer("Snowflake", "IC2", Money.of(195_000, "USD"), Money.of(230_000, "USD"), 4, null))
        .build();
    Offer r2 = r1.toBuilder().base(Money.of(185_000, "USD")).signOn(Money.of(10_000, "USD")).build();
    Offer r3 = r2.toBuilder().stockGrant(Money.of(210_000, "USD")).build();
    List<Round> rounds = new ArrayList<>();
    int n = 0;
    for (Offer o : List.of(r1, r2, r3)) {
      // each revision advised against the round before, as negotiation round does
      Evaluation e = n == 0 ? evaluator.evaluate(o, on, Explain.NONE)
          : evaluator.evaluateRound(o, rounds.get(n - 1).asPrevious(), on, Explain.NONE, evaluator.plausibility());
      rounds.add(new Round(++n, Instant.EPOCH, n == 1 ? null : "round " + n, o, RoundOutcome.of(e)));
    }
    return rounds;
  }

  private static Round at(Round r, Instant when) {
    return new Round(r.number(), when, r.note(), r.offer(), r.outcome());
  }

  private static double[] rest(double[] v) {
    return Arrays.copyOfRange(v, 1, v.length);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElse(0);
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElse(0);
  }
}
