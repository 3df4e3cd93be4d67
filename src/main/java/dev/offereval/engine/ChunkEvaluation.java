package dev.offereval.engine;

import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Evaluation;
import dev.offereval.model.FxRate;
import dev.offereval.model.Offer;
import dev.offereval.model.PreviousRound;
import dev.offereval.model.internal.EvaluationDate;
import dev.offereval.model.internal.StrictChecking;
import dev.offereval.model.internal.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.drools.core.common.InternalWorkingMemory;
import org.kie.api.runtime.KieSession;

/**
 * One chunk of offers in one session: the reference facts, the chunk's rates, date and subjects
 * in; the rules fired once; every offer's evaluation read out. A rule that throws or loops fails
 * the chunk, which is then evaluated one offer at a time. {@link OfferEvaluator} cuts its offers
 * into chunks and comes here for each.
 */
final class ChunkEvaluation {
  private ChunkEvaluation() {}

  /**
   * How a chunk is evaluated: the evaluation date, whether to trace, what an implausible figure
   * does, the firings an offer may take, where firings are timed (null: nowhere) and whether the
   * reasons are worded.
   */
  record Settings(LocalDate on, Explain explain, Plausibility plausibility, int maxRuleFirings,
      RuleTimings timings, Reasons reasons) {}

  /**
   * Evaluates {@code written} in one session from {@code sessions}; when a rule throws or an offer
   * reaches {@code maxRuleFirings}, the chunk again one offer at a time, so that only that offer
   * ends as ERROR. With {@code timings} (may be null), every firing is timed into it, and the facts
   * the rules insert are counted.
   */
  static List<Evaluation> evaluate(RuleSet rules, Sessions.Source sessions, List<Offer> written, Settings settings) {
    return evaluate(rules, sessions, written, null, settings);
  }

  /**
   * As {@link #evaluate(RuleSet, Sessions.Source, List, Settings)}, each offer a negotiation's
   * revision of the round at the same place in {@code previous} (null, or a null entry, for an offer
   * evaluated alone): the rules for later rounds compare it with that round.
   */
  static List<Evaluation> evaluate(RuleSet rules, Sessions.Source sessions, List<Offer> written,
      List<PreviousRound> previous, Settings settings) {
    LocalDate on = settings.on();
    Explain explain = settings.explain();
    Plausibility plausibility = settings.plausibility();
    int maxRuleFirings = settings.maxRuleFirings();
    RuleTimings timings = settings.timings();
    List<Subject> subjects = new ArrayList<>(written.size());
    Set<Currency> currencies = new LinkedHashSet<>();
    for (Offer o : written) {
      Offer offer = rules.data.names().canonical(o);
      subjects.add(new Subject(offer, subjects.size()));
      currencies.addAll(currencies(offer));
    }
    List<Object> context = plausibility == Plausibility.STRICT
        ? List.of(new EvaluationDate(on), new StrictChecking()) : List.of(new EvaluationDate(on));
    Sessions.Lease lease = sessions.acquire(subjects.size(), context);
    KieSession session = lease.session;
    EvaluationAssembler.SessionFacts.Collector facts = new EvaluationAssembler.SessionFacts.Collector(subjects);
    FiredRules fired = new FiredRules(explain == Explain.RULE_TRACE, rules.referenceIdentity, maxRuleFirings, session);
    RuleTimer timer = timings == null ? null : new RuleTimer();
    boolean clean = false;
    try {
      session.addEventListener(fired);
      session.addEventListener(facts);
      if (timer != null) {
        timer.attach(session);
      }
      for (Currency c : currencies) {
        lease.insertShared(FxRate.identity(c));
      }
      for (Subject s : subjects) {
        fired.add(s);
        PreviousRound before = previous == null ? null : previous.get(s.index());
        for (Object input : InputFacts.of(s, rules.skillTags, before, rules.data.policy().comparisonView())) {
          session.insert(input);
        }
      }
      // the listener halts the session when one offer reaches the limit; this bounds the rest
      long limit = (long) maxRuleFirings * subjects.size() + 1;
      if (timer != null) {
        // Drools queues the inserts above and propagates them when firing starts; timed, that goes
        // to the offers' inserting, not to the first rule to fire
        if (session instanceof InternalWorkingMemory engine) {
          engine.flushPropagations();
        }
        timer.startFiring();
      }
      session.fireAllRules((int) Math.min(Integer.MAX_VALUE, limit));
      Subject looping = fired.overLimit();
      if (looping != null) {
        if (subjects.size() > 1) {
          return oneByOne(rules, sessions, written, previous, settings);
        }
        FiredRules.PerOffer f = fired.of(looping);
        return List.of(EvaluationAssembler.error(looping.offer(), "rules fired " + f.count()
            + " times for this offer without settling; rule \"" + f.last() + "\" may loop", f, rules.fingerprint, on));
      }
      List<Evaluation> out = new ArrayList<>(subjects.size());
      for (Subject s : subjects) {
        out.add(EvaluationAssembler.assemble(facts.of(s), s.offer(), rules.data, fired.of(s), rules.fingerprint, on,
            settings.reasons()));
      }
      clean = true;
      return out;
    } catch (RuntimeException e) {
      if (subjects.size() > 1) {
        return oneByOne(rules, sessions, written, previous, settings);
      }
      Subject s = subjects.get(0);
      return List.of(EvaluationAssembler.error(s.offer(), "rule \"" + fired.current() + "\" failed: " + rootMessage(e),
          fired.of(s), rules.fingerprint, on));
    } finally {
      session.removeEventListener(fired);
      session.removeEventListener(facts);
      if (timer != null) {
        timer.detach(session);
      }
      sessions.release(lease, subjects.size(), clean);
      // a chunk that failed is timed again one offer at a time; count its offers once
      if (timer != null && (clean || subjects.size() == 1)) {
        timer.recordInto(timings, subjects.size());
      }
    }
  }

  /** A chunk whose rules failed, again one offer at a time, so that only the failing offer fails. */
  private static List<Evaluation> oneByOne(RuleSet rules, Sessions.Source sessions, List<Offer> written,
      List<PreviousRound> previous, Settings settings) {
    List<Evaluation> out = new ArrayList<>(written.size());
    for (int i = 0; i < written.size(); i++) {
      out.addAll(evaluate(rules, sessions, List.of(written.get(i)),
          previous == null ? null : java.util.Collections.singletonList(previous.get(i)), settings));
    }
    return out;
  }


  private static Set<Currency> currencies(Offer offer) {
    Set<Currency> out = new LinkedHashSet<>();
    out.add(offer.currency());
    for (CompetingOffer c : offer.competing()) {
      out.add(c.currency());
    }
    return out;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
