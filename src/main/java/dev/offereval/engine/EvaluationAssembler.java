package dev.offereval.engine;

import dev.offereval.engine.internal.Messages;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import dev.offereval.engine.internal.ScriptValues;
import dev.offereval.engine.internal.Templates;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.internal.AskTransfer;
import dev.offereval.model.Band;
import dev.offereval.model.internal.BandMatch;
import dev.offereval.model.internal.BonusTarget;
import dev.offereval.model.Component;
import dev.offereval.model.internal.CappedAsk;
import dev.offereval.model.internal.DesiredAsk;
import dev.offereval.model.internal.CounterOffer;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Evaluation;
import dev.offereval.model.internal.Lever;
import dev.offereval.model.internal.LeverApplied;
import dev.offereval.model.Money;
import dev.offereval.model.internal.MoneyFormat;
import dev.offereval.model.internal.NoBand;
import dev.offereval.model.Message;
import dev.offereval.model.internal.Notice;
import dev.offereval.model.Offer;
import dev.offereval.model.internal.OfferFigures;
import dev.offereval.model.Position;
import dev.offereval.model.internal.ReferenceData;
import dev.offereval.model.Attribution;
import dev.offereval.model.internal.ScriptChosen;
import dev.offereval.model.internal.ScriptTemplate;
import dev.offereval.model.Severity;
import dev.offereval.model.Status;
import dev.offereval.model.TotalComp;
import dev.offereval.model.internal.StaleBand;
import dev.offereval.model.internal.StatedCounter;
import dev.offereval.model.internal.Anchor;
import dev.offereval.model.AnchorSummary;
import dev.offereval.model.internal.CompetingVerdict;
import dev.offereval.model.internal.CounterDecision;
import dev.offereval.model.internal.CounterDraft;
import dev.offereval.model.Decision;
import dev.offereval.model.PackageSummary;
import dev.offereval.model.PackageValue;
import dev.offereval.model.internal.RelevelAdvice;
import dev.offereval.model.internal.RoundAdvice;
import dev.offereval.model.internal.ComponentRevision;
import dev.offereval.engine.internal.RoundScriptValues;
import dev.offereval.model.internal.Said;
import dev.offereval.model.CompetingFigures;
import dev.offereval.model.internal.AboutOffer;
import dev.offereval.model.internal.Competing;
import dev.offereval.model.internal.ComponentZone;
import dev.offereval.model.internal.Subject;
import java.util.IdentityHashMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.runtime.KieSession;

/** Reads the facts the rules derived out of a finished session and builds the {@link Evaluation}. */
final class EvaluationAssembler {
  private EvaluationAssembler() {}

  /**
   * The facts of a finished session by class, read in one pass: asking the session once per class
   * costs a scan of its object store each time.
   */
  static final class SessionFacts {
    private final Map<Class<?>, List<Object>> byClass = new HashMap<>();

    private void add(Object o) {
      byClass.computeIfAbsent(o.getClass(), c -> new ArrayList<>(2)).add(o);
    }

    private void remove(Object o) {
      List<Object> same = byClass.get(o.getClass());
      if (same != null) {
        for (int i = same.size() - 1; i >= 0; i--) {
          if (same.get(i) == o) {
            same.remove(i);
            return;
          }
        }
      }
    }

    /**
     * Collects the facts the rules insert about each offer of a chunk as they come and go, so that
     * they are read without a pass over the session (which also holds the reference facts, and in a
     * warm session earlier chunks' facts): every fact the rules derive about an offer carries its
     * subject ({@link AboutOffer}).
     */
    static final class Collector implements RuleRuntimeEventListener {
      private final Map<Subject, SessionFacts> bySubject;

      Collector(List<Subject> subjects) {
        bySubject = new IdentityHashMap<>(subjects.size() * 2);
        for (Subject s : subjects) {
          bySubject.put(s, new SessionFacts());
        }
      }

      /** The facts about {@code subject} in the session now. */
      SessionFacts of(Subject subject) {
        return bySubject.get(subject);
      }

      @Override
      public void objectInserted(ObjectInsertedEvent event) {
        objectInserted(event.getObject());
      }

      @Override
      public void objectUpdated(ObjectUpdatedEvent event) {
        Object before = event.getOldObject();
        Object after = event.getObject();
        if (before != after) {
          remove(before);
          objectInserted(after);
        }
      }

      @Override
      public void objectDeleted(ObjectDeletedEvent event) {
        remove(event.getOldObject());
      }

      private void remove(Object o) {
        if (o instanceof AboutOffer a) {
          SessionFacts f = bySubject.get(a.subject());
          if (f != null) {
            f.remove(o);
          }
        }
      }

      private void objectInserted(Object o) {
        if (o instanceof AboutOffer a) {
          SessionFacts f = bySubject.get(a.subject());
          if (f != null) {
            f.add(o);
          }
        }
      }
    }
  }

  /**
   * The facts of exactly class {@code type} (the model's fact types are final records), as a view:
   * read many times an offer, so not copied; copy it to sort it.
   */
  @SuppressWarnings("unchecked") // byClass holds only facts of the class they are filed under
  static <T> List<T> facts(SessionFacts session, Class<T> type) {
    List<Object> all = session.byClass.get(type);
    return all == null ? List.of() : (List<T>) java.util.Collections.unmodifiableList(all);
  }

  /** {@code session}'s facts as the script renderer reads them. */
  private static ScriptValues.Facts of(SessionFacts session) {
    return new ScriptValues.Facts() {
      @Override
      public <T> List<T> of(Class<T> type) {
        return facts(session, type);
      }
    };
  }

  static <T> T single(SessionFacts session, Class<T> type) {
    List<T> all = facts(session, type);
    if (all.size() > 1) {
      throw new IllegalStateException("the rules derived " + all.size() + " " + type.getSimpleName()
          + " facts where one was expected: " + all);
    }
    return all.isEmpty() ? null : all.get(0);
  }

  static Evaluation error(Offer offer, String message, FiredRules.PerOffer fired, String fingerprint, LocalDate on) {
    return new Evaluation(offer.offerId(), Status.ERROR, List.of(new Message(Severity.ERROR, Message.RULE_FAILED, message)), null, null, null, null,
        List.of(), List.of(), null, null, null, fired.names(), fingerprint, on, false, fired.trace(), List.of(), -1, null, null, null, null,
        List.of(), List.of(), null, null);
  }

  static Evaluation assemble(SessionFacts session, Offer offer, ReferenceData data, FiredRules.PerOffer fired,
      String fingerprint, LocalDate on, Reasons reasons) {
    boolean why = reasons == Reasons.WORDED;
    BandMatch match = single(session, BandMatch.class);
    NoBand noBand = single(session, NoBand.class);
    OfferFigures figures = single(session, OfferFigures.class);
    Band band = match == null ? null : match.band();

    Messages words = messages(data);
    List<Message> messages = new ArrayList<>();
    if (noBand != null) {
      messages.add(new Message(Severity.INFO, Message.NO_BAND, words.render(noBand.reason())));
    }
    List<Message> notices = new ArrayList<>();
    for (Notice n : facts(session, Notice.class)) {
      notices.add(new Message(n.severity(), Message.RULE_NOTICE, words.render(n.said())));
    }
    notices.sort(Comparator.comparing(Message::severity).reversed().thenComparing(Message::text));
    messages.addAll(notices);
    boolean invalid = notices.stream().anyMatch(n -> n.severity() == Severity.ERROR);
    Status status = invalid ? Status.INVALID : noBand != null ? Status.NO_BAND : Status.OK;

    List<Position> positions = new ArrayList<>();
    for (ComponentZone z : facts(session, ComponentZone.class)) {
      positions.add(z.position());
    }
    positions.sort(Comparator.comparing(Position::component));

    List<AppliedLever> levers = levers(facts(session, LeverApplied.class), data, messages, words, why);

    CounterDecision decided = single(session, CounterDecision.class);
    BigDecimal view = data.policy().comparisonView();
    CounterOfferResult counter = null;
    CounterOffer co = single(session, CounterOffer.class);
    // the counter as the candidate states it, in the offer's currency: arithmetic, after firing
    StatedCounter stated = co == null || figures == null ? null : StatedCounter.of(co, figures, data.policy().counterRoundDownTo());
    PackageSummary counterRow = null;
    if (co != null && stated != null && figures != null && view != null && decided != null && !decided.accept()) {
      counter = counter(session, co, stated, figures, view, why ? words : null);
      counterRow = new PackageSummary("counter", -1, "counter", co.vestSchedule(), co.value(),
          co.value().averageOver(view, true), null);
    }
    Decision decision = decided == null ? null : decided.accept() ? Decision.ACCEPT_AS_OFFERED : Decision.COUNTER;
    String decisionReason = decided == null || !why ? null : words.render(decided.why());
    // a negotiation's later round: the rules for later rounds decide, and ask, instead
    RoundAdvice round = single(session, RoundAdvice.class);
    if (round != null && figures != null && view != null) {
      decision = LaterRoundAdvice.decision(round);
      decisionReason = why ? words.render(round.why()) : null;
      counter = LaterRoundAdvice.ask(round, view, why ? words : null);
      counterRow = LaterRoundAdvice.askRow(round, figures.fx(), view);
    }

    List<CompetingFigures> competing = new ArrayList<>();
    for (Competing c : facts(session, Competing.class)) {
      competing.add(c.figures());
    }
    competing.sort(Comparator.comparingInt(CompetingFigures::index));
    Anchor anchor = single(session, Anchor.class);
    List<PackageSummary> packages = figures == null || view == null
        ? List.of() : packages(session, figures, competing, counterRow, view, why ? words : null);
    List<String> levelling = facts(session, RelevelAdvice.class).stream()
        .sorted(Comparator.comparingInt(r -> r.competing().index())).map(r -> words.render(r.advice())).toList();

    String scriptId = null;
    String script = null;
    Attribution scriptAttribution = null;
    ScriptChosen chosen = single(session, ScriptChosen.class);
    if (decision != null && decision.ofLaterRound() || chosen != null) {
      scriptId = decision != null && decision.ofLaterRound() ? round.templateId() : chosen.templateId();
      ScriptTemplate template = data.script(scriptId).orElse(null);
      Map<String, Object> values = decision != null && decision.ofLaterRound()
          ? RoundScriptValues.of(round, of(session), data.phrases())
          : ScriptValues.of(chosen.subject(), of(session), stated, data.phrases());
      Templates.Filled filled = template == null ? null : Templates.fillChecked(template.text(), values);
      script = filled == null ? null : filled.text();
      scriptAttribution = template == null ? null : template.attribution();
      if (script == null) {
        messages.add(new Message(Severity.WARNING, Message.UNKNOWN_SCRIPT,
            "the rules chose script " + scriptId + ", which data/scripts.yaml does not have"));
      } else if (!filled.missing().isEmpty()) {
        messages.add(new Message(Severity.WARNING, Message.UNFILLED_PLACEHOLDER, "script " + scriptId + " uses "
            + braces(filled.missing()) + ", which the rules did not fill; the sentence was left out"));
      }
    }
    return new Evaluation(
        offer.offerId(),
        status,
        messages,
        Optional.ofNullable(band),
        figures == null ? offer.currency() : figures.currency(),
        figures == null || figures.fx().isIdentity() ? null : figures.fx(),
        figures == null ? null : figures.totalComp(),
        positions,
        levers,
        Optional.ofNullable(counter),
        scriptId,
        Optional.ofNullable(script),
        fired.names(),
        fingerprint,
        on,
        single(session, StaleBand.class) != null,
        fired.trace(),
        competing,
        anchor == null || anchor.competing() == null ? -1 : anchor.competing().index(),
        decision,
        decisionReason,
        packages.isEmpty() ? null : PackageValue.viewName(view),
        anchor == null || view == null ? null : new AnchorSummary(anchor.kind(),
            anchor.competing() == null ? -1 : anchor.competing().index(), anchor.label(), anchor.valueOver(view),
            anchor.withBonus(), why ? words.render(anchor.why()) : null),
        packages,
        levelling,
        scriptAttribution,
        round == null || decision == null || !decision.ofLaterRound() ? null
            : LaterRoundAdvice.comparison(round, facts(session, ComponentRevision.class)));
  }

  /** The words of {@code data}'s messages. */
  private static Messages messages(ReferenceData data) {
    return new Messages(data.messages());
  }

  /**
   * The per-year table: the offer, each competing offer with its verdict (none when {@code words}
   * is null), and the counter.
   */
  private static List<PackageSummary> packages(SessionFacts session, OfferFigures offer,
      List<CompetingFigures> competing, PackageSummary counter, BigDecimal view, Messages words) {
    Map<Integer, String> verdicts = new HashMap<>();
    for (CompetingVerdict v : words == null ? List.<CompetingVerdict>of() : facts(session, CompetingVerdict.class)) {
      verdicts.merge(v.index(), words.render(v.why()), (a, b) -> a.compareTo(b) <= 0 ? a + "; " + b : b + "; " + a);
    }
    List<PackageSummary> out = new ArrayList<>();
    out.add(new PackageSummary("offer", -1, "offer", offer.vestSchedule(), offer.value(),
        offer.value().averageOver(view, true), null));
    for (CompetingFigures c : competing) {
      out.add(new PackageSummary("competing", c.index(), c.label(), c.offer().vestSchedule(), c.value(),
          c.value().averageOver(view, true), verdicts.get(c.index())));
    }
    if (counter != null) {
      out.add(counter);
    }
    return out;
  }

  /**
   * Levers in catalog order, each with its talking point filled and the guide's words beside it. A
   * lever id the catalog lacks, or a placeholder no rule filled, adds a warning to {@code messages}.
   * Each lever's reason is worded when {@code why}.
   */
  private static List<AppliedLever> levers(List<LeverApplied> applied, ReferenceData data, List<Message> messages,
      Messages words, boolean why) {
    Map<String, LeverApplied> byId = applied.stream()
        .collect(Collectors.toMap(LeverApplied::leverId, a -> a, (a, b) -> words.render(a.reason()).compareTo(words.render(b.reason())) <= 0 ? a : b));
    List<AppliedLever> out = new ArrayList<>();
    for (Lever lever : data.levers()) {
      LeverApplied a = byId.remove(lever.id());
      if (a != null) {
        Templates.Filled said = Templates.fillChecked(lever.talkingPoint(), a.values());
        if (!said.missing().isEmpty()) {
          messages.add(new Message(Severity.WARNING, Message.UNFILLED_PLACEHOLDER, "the talking point of lever "
              + lever.id() + " uses " + braces(said.missing()) + ", which the rules did not fill; the sentence was"
              + " left out"));
        }
        out.add(new AppliedLever(lever.id(), lever.title(), lever.category(), why ? words.render(a.reason()) : null, said.text(),
            lever.sourceText(), lever.source(), lever.provenance()));
      }
    }
    byId.values().stream().sorted(Comparator.comparing(LeverApplied::leverId)).forEach(a -> {
      messages.add(new Message(Severity.WARNING, Message.UNKNOWN_LEVER, "the rules applied lever " + a.leverId()
          + ", which data/levers.yaml does not have; it is left out"));
    });
    return out;
  }

  private static String braces(List<String> names) {
    return names.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", "));
  }

  /** The counter as stated, each figure with its reasons when {@code words} is not null. */
  private static CounterOfferResult counter(SessionFacts session, CounterOffer co, StatedCounter stated,
      OfferFigures offer, BigDecimal view, Messages words) {
    Map<Component, String> reasons = new EnumMap<>(Component.class);
    if (words != null) {
      reasons(session, co, offer, words, reasons);
    }
    // as the candidate states it: in the offer's currency, against the offer as it was made
    Offer made = offer.subject().offer();
    Money offered = stated.converted()
        ? PackageValue.of(made.base(), made.stockGrant(), made.vestSchedule(), made.bonusPct(), made.signOn())
            .averageOver(view, true)
        : offer.value().averageOver(view, true);
    Money worth = stated.value().averageOver(view, true);
    BigDecimal uplift = offered.isPositive()
        ? worth.ratioTo(offered).subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(100), MathContext.DECIMAL128)
        : null;
    return new CounterOfferResult(stated.base(), stated.stockGrant(), stated.vestYears(), stated.bonusPct(),
        stated.signOn(), stated.totalComp(), uplift, co.capped(), reasons, stated.vestSchedule(), worth, offered);
  }

  /** Why each figure of the counter is what it is, worded into {@code reasons}. */
  private static void reasons(SessionFacts session, CounterOffer co, OfferFigures offer, Messages words,
      Map<Component, String> reasons) {
    // an ask the band caps says so; one it does not is asked as desired, for the desired ask's reason
    for (CappedAsk ask : facts(session, CappedAsk.class)) {
      reasons.put(ask.component(), words.render(ask.reason()));
    }
    DesiredAsk desired = single(session, DesiredAsk.class);
    if (desired != null) {
      reasons.computeIfAbsent(Component.BASE, c -> words.render(desired.reason(c)));
      reasons.computeIfAbsent(Component.STOCK, c -> words.render(desired.reason(c)));
    }
    CounterDraft draft = single(session, CounterDraft.class);
    if (draft != null) {
      // the bonus asked is the highest target, every reason for it saying why; without a target,
      // the offered bonus
      List<BonusTarget> targets = facts(session, BonusTarget.class);
      reasons.put(Component.BONUS, targets.isEmpty() ? words.render(Said.of("bonus-offered")) : targets.stream()
          .filter(t -> t.pct().compareTo(draft.bonusPct()) == 0)
          .map(t -> words.render(t.reason())).sorted().distinct().collect(Collectors.joining("; ")));
    }
    Anchor anchor = single(session, Anchor.class);
    if (draft != null && anchor != null) {
      heldTo(reasons, Component.BASE, draft.base(), co.base(), anchor, words);
      heldTo(reasons, Component.STOCK, draft.stockGrant(), co.stockGrant(), anchor, words);
      heldTo(reasons, Component.SIGN_ON, draft.signOn(), co.signOn(), anchor, words);
    }
    List<AskTransfer> transfers = new ArrayList<>(facts(session, AskTransfer.class));
    transfers.sort(Comparator.comparing(AskTransfer::from).thenComparing(AskTransfer::to));
    boolean noSignOnOffered = !offer.signOn().isPositive();
    for (AskTransfer t : transfers) {
      // "plus" adds to what was offered; a sign-on asked where none was offered is the amount itself
      String line = t.to() == Component.SIGN_ON && noSignOnOffered && !reasons.containsKey(Component.SIGN_ON)
          ? words.render(t.reason())
          : words.render(Said.of("transfer-plus", Map.of("amount", t.amount(), "perYear", t.to() == Component.STOCK,
              "reason", t.reason())));
      reasons.merge(t.to(), line, (a, b) -> a + "; " + b);
    }
    reasons.putIfAbsent(Component.SIGN_ON, words.render(Said.of(offer.signOn().isPositive() ? "sign-on-offered" : "sign-on-none")));
  }

  private static void heldTo(Map<Component, String> reasons, Component c, Money drafted, Money held, Anchor anchor,
      Messages words) {
    if (drafted.isGreaterThan(held)) {
      reasons.merge(c, words.render(Said.of("counter-held-to-anchor", Map.of("amount", drafted.minus(held),
          "label", anchor.label()))), (a, b) -> a + "; " + b);
    }
  }

}
