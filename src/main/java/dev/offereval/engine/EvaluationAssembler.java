package dev.offereval.engine;

import dev.offereval.model.AppliedLever;
import dev.offereval.model.AskTransfer;
import dev.offereval.model.Band;
import dev.offereval.model.BandMatch;
import dev.offereval.model.BonusAsk;
import dev.offereval.model.BonusTarget;
import dev.offereval.model.CounterTarget;
import dev.offereval.model.DesiredAsk;
import dev.offereval.model.Component;
import dev.offereval.model.CounterAsk;
import dev.offereval.model.CounterOffer;
import dev.offereval.model.CounterOfferResult;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Lever;
import dev.offereval.model.LeverApplied;
import dev.offereval.model.Money;
import dev.offereval.model.NoBand;
import dev.offereval.model.Notice;
import dev.offereval.model.Offer;
import dev.offereval.model.OfferFigures;
import dev.offereval.model.Position;
import dev.offereval.model.ReferenceData;
import dev.offereval.model.ScriptChosen;
import dev.offereval.model.ScriptTemplate;
import dev.offereval.model.Severity;
import dev.offereval.model.Status;
import dev.offereval.model.TotalComp;
import dev.offereval.model.StaleBand;
import dev.offereval.model.CitedCompeting;
import dev.offereval.model.CompetingFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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

    SessionFacts(KieSession session) {
      for (Object o : session.getObjects()) {
        byClass.computeIfAbsent(o.getClass(), c -> new ArrayList<>()).add(o);
      }
    }
  }

  /** The facts of exactly class {@code type} (the model's fact types are final records). */
  static <T> List<T> facts(SessionFacts session, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Object o : session.byClass.getOrDefault(type, List.of())) {
      out.add(type.cast(o));
    }
    return out;
  }

  static <T> T single(SessionFacts session, Class<T> type) {
    List<T> all = facts(session, type);
    if (all.size() > 1) {
      throw new IllegalStateException("the rules derived " + all.size() + " " + type.getSimpleName()
          + " facts where one was expected: " + all);
    }
    return all.isEmpty() ? null : all.get(0);
  }

  static Evaluation error(Offer offer, String message, FiredRules fired, String fingerprint, LocalDate on) {
    return new Evaluation(offer.offerId(), Status.ERROR, List.of(message), null, null, null, null,
        List.of(), List.of(), null, null, null, fired.names(), fingerprint, on, false, fired.trace(), List.of(), -1);
  }

  static Evaluation assemble(
      KieSession kieSession, Offer offer, ReferenceData data, FiredRules fired, String fingerprint, LocalDate on) {
    SessionFacts session = new SessionFacts(kieSession);
    BandMatch match = single(session, BandMatch.class);
    NoBand noBand = single(session, NoBand.class);
    OfferFigures figures = single(session, OfferFigures.class);
    Band band = match == null ? null : match.band();

    List<String> messages = new ArrayList<>();
    if (noBand != null) {
      messages.add(noBand.reason());
    }
    List<Notice> notices = facts(session, Notice.class);
    notices.sort(Comparator.comparing((Notice n) -> n.severity()).reversed().thenComparing(Notice::message));
    for (Notice n : notices) {
      messages.add(n.severity().name().toLowerCase() + ": " + n.message());
    }
    boolean invalid = notices.stream().anyMatch(n -> n.severity() == Severity.ERROR);
    Status status = invalid ? Status.INVALID : noBand != null ? Status.NO_BAND : Status.OK;

    List<Position> positions = facts(session, Position.class);
    positions.sort(Comparator.comparing(Position::component));

    List<AppliedLever> levers = levers(facts(session, LeverApplied.class), data);

    CounterOfferResult counter = null;
    CounterOffer co = single(session, CounterOffer.class);
    if (co != null && figures != null) {
      counter = counter(session, co, figures);
    }

    List<CompetingFigures> competing = facts(session, CompetingFigures.class);
    competing.sort(Comparator.comparingInt(CompetingFigures::index));
    CitedCompeting cited = single(session, CitedCompeting.class);

    String scriptId = null;
    String script = null;
    ScriptChosen chosen = single(session, ScriptChosen.class);
    if (chosen != null) {
      scriptId = chosen.templateId();
      script = data.script(scriptId).map(ScriptTemplate::text).map(t -> Templates.fill(t, chosen.values()))
          .orElse(null);
      if (script == null) {
        messages.add("warning: the rules chose script " + scriptId + ", which data/scripts.yaml does not have");
      }
    }
    return new Evaluation(
        offer.offerId(),
        status,
        messages,
        band,
        figures == null ? offer.currency() : figures.currency(),
        figures == null || figures.fx().isIdentity() ? null : figures.fx(),
        figures == null ? null : figures.totalComp(),
        positions,
        levers,
        counter,
        scriptId,
        script,
        fired.names(),
        fingerprint,
        on,
        single(session, StaleBand.class) != null,
        fired.trace(),
        competing,
        cited == null ? -1 : cited.competing().index());
  }

  /** Levers in catalog order, each with its talking point filled. */
  private static List<AppliedLever> levers(List<LeverApplied> applied, ReferenceData data) {
    Map<String, LeverApplied> byId = applied.stream()
        .collect(Collectors.toMap(LeverApplied::leverId, a -> a, (a, b) -> a.reason().compareTo(b.reason()) <= 0 ? a : b));
    List<AppliedLever> out = new ArrayList<>();
    for (Lever lever : data.levers()) {
      LeverApplied a = byId.remove(lever.id());
      if (a != null) {
        out.add(new AppliedLever(lever.id(), lever.title(), lever.category(), a.reason(),
            Templates.fill(lever.talkingPoint(), a.values())));
      }
    }
    byId.values().stream().sorted(Comparator.comparing(LeverApplied::leverId)).forEach(a ->
        out.add(new AppliedLever(a.leverId(), a.leverId(), "unknown", a.reason()
            + " (lever id not in data/levers.yaml)", "")));
    return out;
  }

  private static CounterOfferResult counter(SessionFacts session, CounterOffer co, OfferFigures offer) {
    Map<Component, String> reasons = new EnumMap<>(Component.class);
    List<CounterTarget> targets = facts(session, CounterTarget.class);
    List<DesiredAsk> desiredAsks = facts(session, DesiredAsk.class);
    for (CounterAsk ask : facts(session, CounterAsk.class)) {
      DesiredAsk desired = desiredAsks.stream()
          .filter(d -> d.component() == ask.component()).findFirst().orElse(null);
      String why = targets.stream()
          .filter(t -> desired != null && t.component() == ask.component() && t.amount().equals(desired.amount()))
          .map(CounterTarget::reason).sorted().distinct().collect(Collectors.joining("; "));
      reasons.put(ask.component(), why + (why.isEmpty() ? "" : "; ") + ask.reason());
    }
    BonusAsk bonus = single(session, BonusAsk.class);
    if (bonus != null) {
      reasons.put(Component.BONUS, facts(session, BonusTarget.class).stream()
          .filter(t -> t.pct().compareTo(bonus.pct()) == 0)
          .map(BonusTarget::reason).sorted().distinct().collect(Collectors.joining("; ")));
    }
    List<AskTransfer> transfers = facts(session, AskTransfer.class);
    transfers.sort(Comparator.comparing(AskTransfer::from).thenComparing(AskTransfer::to));
    for (AskTransfer t : transfers) {
      String line = "plus " + t.amount().rounded().toPlainString() + " " + t.amount().currency() + ": " + t.reason();
      reasons.merge(t.to(), line, (a, b) -> a + "; " + b);
    }
    reasons.putIfAbsent(Component.SIGN_ON, offer.signOn().isPositive() ? "the offered sign-on" : "none asked");
    TotalComp total = co.totalComp();
    Money offered = offer.annualTotal();
    BigDecimal uplift = offered.isPositive()
        ? total.annual().ratioTo(offered).subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(100), MathContext.DECIMAL128)
        : null;
    return new CounterOfferResult(co.base(), co.stockGrant(), co.vestYears(), co.bonusPct(), co.signOn(),
        total, uplift, co.capped(), reasons);
  }
}
