package dev.offereval.engine;

import dev.offereval.engine.internal.CompiledRulesCache;
import dev.offereval.model.DataException;
import dev.offereval.model.DataIssue;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import dev.offereval.model.OfferEvalException;
import dev.offereval.model.PreviousRound;
import dev.offereval.model.internal.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The one entry point: evaluates offers against bands with compiled rules and loaded data.
 *
 * <pre>{@code
 * try (OfferEvaluator evaluator = OfferEvaluator.builder()
 *     .rules(Source.directory(Path.of("rules")))
 *     .data(Source.directory(Path.of("data")))
 *     .evaluationDate(LocalDate.of(2026, 3, 1))
 *     .build()) {
 *   Evaluation e = evaluator.evaluate(offer);
 * }
 * }</pre>
 *
 * <p>Thread-safe. The compiled rules are built once and shared; every evaluation has a session to
 * itself, holding the reference facts and nothing else when it starts (see {@link Sessions} for
 * where sessions come from; a session whose rules failed or looped is never reused). {@link
 * #reload()} swaps in newly compiled rules and data atomically: an evaluation runs wholly on the
 * set it started with. {@link #close()} frees the sessions kept for reuse and deletes the folders
 * written for in-memory sources; an evaluator is usable until then.
 *
 * <p>Loading throws {@link RulesException} or {@link DataException} (both {@link
 * OfferEvalException}) with every problem found; evaluating never throws for a rule failure: the
 * evaluation's status says so.
 */
public final class OfferEvaluator implements AutoCloseable {

  /**
   * Most rule firings one offer may take unless {@link Builder#maxRuleFirings(int)} says otherwise.
   * The shipped rules take about 40; a rule that loops is cut off here and the offer ends as {@link
   * dev.offereval.model.Status#ERROR}.
   */
  public static final int MAX_RULE_FIRINGS = 10_000;

  /**
   * Most offers evaluated in one session unless {@link Builder#chunkSize(int)} says otherwise:
   * the reference facts are inserted once for them, and the rules' work is shared.
   */
  public static final int CHUNK_SIZE = 32;

  private final Source rules;
  private final Source data;
  private final Path rulesDir;
  private final CompiledRulesCache rulesCache;
  private final Path dataDir;
  private final Sessions strategy;
  private final Clock clock;
  private final Explain explain;
  private final Plausibility plausibility;
  private final int maxRuleFirings;
  private final int chunkSize;
  private final RuleTimings ruleTimings;
  private final Reasons reasons;
  private final List<ReloadListener> listeners;
  /** The temporary folder of in-memory sources, deleted by close(); null when there is none. */
  private final Path ownedTemp;
  private final AtomicReference<Active> current;
  private volatile boolean closed;

  /** The rules in use and where their sessions come from, swapped together on reload. */
  private record Active(RuleSet rules, Sessions.Source sessions) {
    Active(RuleSet rules, Sessions strategy) {
      this(rules, Sessions.Source.of(strategy, rules.kieBase, rules.referenceFacts));
    }
  }

  private OfferEvaluator(Builder b, Path rulesDir, Path dataDir, Path ownedTemp, RuleSet loaded) {
    this.rulesCache = b.rulesCache;
    this.rules = b.rules;
    this.data = b.data;
    this.rulesDir = rulesDir;
    this.dataDir = dataDir;
    this.strategy = b.sessions;
    this.clock = b.clock;
    this.explain = b.explain;
    this.plausibility = b.plausibility;
    this.maxRuleFirings = b.maxRuleFirings;
    this.chunkSize = b.chunkSize;
    this.ruleTimings = b.ruleTimings;
    this.reasons = b.reasons;
    this.listeners = new CopyOnWriteArrayList<>(b.listeners);
    this.ownedTemp = ownedTemp;
    this.current = new AtomicReference<>(new Active(loaded, strategy));
  }

  /**
   * A builder that reads the bundled rules and data, evaluates as of today with {@link Explain#NONE}
   * and {@link Plausibility#WARN}, {@link Sessions#WARM} sessions and at most {@value
   * #MAX_RULE_FIRINGS} firings an offer.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Compiles {@code rulesDir/*.drl} and loads {@code dataDir}, both read from disk now; the same as
   * {@code builder().rules(Source.directory(rulesDir)).data(Source.directory(dataDir)).build()}.
   *
   * @param rulesDir the folder of {@code *.drl} files
   * @param dataDir the data folder
   * @return the evaluator
   * @throws RulesException when the rules do not compile
   * @throws DataException when the data does not load
   * @throws OfferEvalException with the problems of both when neither does
   */
  public static OfferEvaluator fromDirectories(Path rulesDir, Path dataDir) {
    Objects.requireNonNull(rulesDir, "rulesDir must not be null");
    Objects.requireNonNull(dataDir, "dataDir must not be null");
    return builder().rules(Source.directory(rulesDir)).data(Source.directory(dataDir)).build();
  }

  /**
   * Runs on the rules and data shipped inside the library; no folders needed.
   *
   * @return the evaluator
   * @throws IllegalStateException when the bundled rules or data are broken, which is a bug
   */
  public static OfferEvaluator withDefaults() {
    try {
      return builder().build();
    } catch (OfferEvalException e) {
      throw new IllegalStateException("the bundled rules or data are broken: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the rules and data again and, when both compile and load, swaps them in for every
   * evaluation that starts afterwards, then tells the {@linkplain Builder#onReload listeners}. When
   * they do not, the rules in use stay in use, the listeners are told, and the problems are thrown.
   *
   * @throws RulesException when the rules do not compile
   * @throws DataException when the data does not load
   * @throws OfferEvalException with the problems of both when neither does
   * @throws IllegalStateException when the evaluator is closed
   */
  public void reload() {
    requireOpen();
    RuleSet loaded;
    try {
      loaded = RuleSet.load(rulesDir, dataDir, rulesCache);
    } catch (OfferEvalException e) {
      listeners.forEach(l -> l.reloadFailed(this, e));
      throw e;
    }
    Active old = current.getAndSet(new Active(loaded, strategy));
    old.sessions().close();
    listeners.forEach(l -> l.reloaded(this));
  }

  /**
   * An evaluator on the same compiled rules and data whose evaluations get their sessions by
   * {@code sessions}; for measuring the strategies against each other. The results are the same.
   * A {@link #reload()} of either evaluator does not change the other. It shares this evaluator's
   * sources: close it before this one.
   *
   * @param sessions the strategy
   * @return a new evaluator
   */
  public OfferEvaluator withSessions(Sessions sessions) {
    Objects.requireNonNull(sessions, "sessions must not be null");
    Builder b = toBuilder().sessions(sessions);
    return new OfferEvaluator(b, rulesDir, dataDir, null, current.get().rules());
  }

  /**
   * An evaluator on the same compiled rules and data that evaluates up to {@code chunkSize} offers
   * in one session; for measuring chunk sizes against each other. The results are the same. It
   * shares this evaluator's sources: close it before this one.
   *
   * @param chunkSize at least 1
   * @return a new evaluator
   * @throws IllegalArgumentException when {@code chunkSize} is below 1
   */
  public OfferEvaluator withChunkSize(int chunkSize) {
    Builder b = toBuilder().chunkSize(chunkSize);
    return new OfferEvaluator(b, rulesDir, dataDir, null, current.get().rules());
  }

  /**
   * An evaluator on the same compiled rules and data that times every rule firing into {@code
   * timings}, to find the rules that cost most. The results are the same; the evaluations are a
   * little slower. It shares this evaluator's sources: close it before this one.
   *
   * @param timings where the figures are added; several evaluators may share one
   * @return a new evaluator
   */
  public OfferEvaluator withRuleTimings(RuleTimings timings) {
    Builder b = toBuilder().ruleTimings(Objects.requireNonNull(timings, "timings must not be null"));
    return new OfferEvaluator(b, rulesDir, dataDir, null, current.get().rules());
  }

  /**
   * An evaluator on the same compiled rules and data whose evaluations word their reasons or leave
   * them out ({@link Reasons#OMITTED}: for output with no place for them, such as the CSV layout).
   * The rules decide the same. It shares this evaluator's sources: close it before this one.
   *
   * @param reasons whether the reasons are worded
   * @return a new evaluator
   */
  public OfferEvaluator withReasons(Reasons reasons) {
    Builder b = toBuilder().reasons(Objects.requireNonNull(reasons, "reasons must not be null"));
    return new OfferEvaluator(b, rulesDir, dataDir, null, current.get().rules());
  }

  /**
   * Whether this evaluator's evaluations word the reasons behind their figures.
   *
   * @return {@link Reasons#WORDED} unless the builder or {@link #withReasons} said otherwise
   */
  public Reasons reasons() {
    return reasons;
  }

  private Builder toBuilder() {
    Builder b = new Builder().rules(rules).data(data).sessions(strategy).clock(clock).explain(explain)
        .maxRuleFirings(maxRuleFirings).chunkSize(chunkSize).plausibility(plausibility).ruleTimings(ruleTimings)
        .reasons(reasons);
    b.listeners.addAll(listeners);
    return b;
  }

  /**
   * How this evaluator's evaluations get their sessions.
   *
   * @return the strategy
   */
  public Sessions sessions() {
    return strategy;
  }

  /**
   * What an implausible figure does when a call does not say.
   *
   * @return the plausibility mode of {@link #evaluate(Offer, LocalDate, Explain)}
   */
  public Plausibility plausibility() {
    return plausibility;
  }

  /**
   * Most offers evaluated in one session.
   *
   * @return the chunk size
   */
  public int chunkSize() {
    return chunkSize;
  }

  /**
   * Evaluates one offer as of the evaluator's date (its clock's today), with its explain option,
   * in a session of its own. Never throws for a rule failure: see the status.
   *
   * @param offer the offer
   * @return what the evaluation found
   * @throws NullPointerException when {@code offer} is null
   * @throws IllegalStateException when the evaluator is closed
   */
  public Evaluation evaluate(Offer offer) {
    return evaluate(offer, today(), explain);
  }

  /**
   * Evaluates one offer as of {@code on} (band staleness is judged against it); with {@link
   * Explain#RULE_TRACE}, the result's trace lists every rule firing and the facts it matched.
   *
   * @param offer the offer
   * @param on the evaluation date
   * @param explain whether to record the rule trace
   * @return what the evaluation found
   * @throws NullPointerException when an argument is null
   * @throws IllegalStateException when the evaluator is closed
   */
  public Evaluation evaluate(Offer offer, LocalDate on, Explain explain) {
    return evaluate(offer, on, explain, plausibility);
  }

  /**
   * As {@link #evaluate(Offer, LocalDate, Explain)}, saying what an implausible figure does: with
   * {@link Plausibility#STRICT} it makes the offer {@code INVALID} instead of only a warning.
   *
   * @param offer the offer; its company and region may be written as people write them (the data's
   *     names and aliases, in any case)
   * @param on the evaluation date
   * @param explain whether to record the rule trace
   * @param plausibility what an implausible figure does
   * @return what the evaluation found
   * @throws NullPointerException when an argument is null
   * @throws IllegalStateException when the evaluator is closed
   */
  public Evaluation evaluate(Offer offer, LocalDate on, Explain explain, Plausibility plausibility) {
    Objects.requireNonNull(offer, "offer must not be null");
    return evaluateAll(List.of(offer), on, explain, plausibility).get(0);
  }

  /**
   * {@link #evaluateRound(Offer, PreviousRound, LocalDate, Explain, Plausibility)} as of the
   * evaluator's date, with its explain option and plausibility mode.
   *
   * @param offer the revised offer
   * @param previous the round before it, such as {@code negotiation.lastRound().asPrevious()}
   * @return what the evaluation found
   */
  public Evaluation evaluateRound(Offer offer, PreviousRound previous) {
    return evaluateRound(offer, previous, today(), explain, plausibility);
  }

  /**
   * Evaluates {@code offer} as a negotiation's revision of {@code previous}: the rules for later
   * rounds ({@code rules/rounds.drl}) compare it with that round's offer and ask, and the
   * evaluation's decision is theirs (accept, trade, hold or decide) when one applies; otherwise it
   * is evaluated as {@link #evaluate(Offer, LocalDate, Explain, Plausibility)} evaluates it.
   *
   * @param offer the revised offer
   * @param previous the round before it
   * @param on the evaluation date
   * @param explain whether to record the rule trace
   * @param plausibility what an implausible figure does
   * @return what the evaluation found
   * @throws NullPointerException when an argument is null
   * @throws IllegalStateException when the evaluator is closed
   */
  public Evaluation evaluateRound(Offer offer, PreviousRound previous, LocalDate on, Explain explain,
      Plausibility plausibility) {
    Objects.requireNonNull(offer, "offer must not be null");
    Objects.requireNonNull(previous, "previous round must not be null");
    Objects.requireNonNull(on, "evaluation date must not be null");
    Objects.requireNonNull(explain, "explain must not be null");
    Objects.requireNonNull(plausibility, "plausibility must not be null");
    requireOpen();
    Active active = current.get();
    return ChunkEvaluation.evaluate(active.rules(), active.sessions(), List.of(offer), List.of(previous),
        new ChunkEvaluation.Settings(on, explain, plausibility, maxRuleFirings, ruleTimings, reasons)).get(0);
  }

  /**
   * Evaluates {@code offers} as of {@code on}, many in one session: they are cut into chunks of
   * {@linkplain Builder#chunkSize(int) the chunk size}, and each chunk is evaluated in a session of
   * its own. The rules join every fact on the offer it is about, so offers in one chunk never see
   * each other, and each evaluation is the same as when its offer is evaluated alone (only the
   * order in which its rules fired may differ). A rule that throws or loops fails its chunk, which
   * is then evaluated one offer at a time: only the offer whose rules failed ends as {@code
   * ERROR}.
   *
   * @param offers the offers; none may be null
   * @param on the evaluation date
   * @param explain whether to record each evaluation's rule trace
   * @param plausibility what an implausible figure does
   * @return the evaluations, in the order of {@code offers}
   * @throws NullPointerException when an argument or an offer is null
   * @throws IllegalStateException when the evaluator is closed
   */
  public List<Evaluation> evaluateAll(List<Offer> offers, LocalDate on, Explain explain, Plausibility plausibility) {
    Objects.requireNonNull(offers, "offers must not be null");
    Objects.requireNonNull(on, "evaluation date must not be null");
    Objects.requireNonNull(explain, "explain must not be null");
    Objects.requireNonNull(plausibility, "plausibility must not be null");
    for (Offer o : offers) {
      Objects.requireNonNull(o, "offers must not contain null");
    }
    requireOpen();
    Active active = current.get();
    List<Evaluation> out = new ArrayList<>(offers.size());
    ChunkEvaluation.Settings settings =
        new ChunkEvaluation.Settings(on, explain, plausibility, maxRuleFirings, ruleTimings, reasons);
    for (int from = 0; from < offers.size(); from += chunkSize) {
      out.addAll(ChunkEvaluation.evaluate(active.rules(), active.sessions(),
          offers.subList(from, Math.min(offers.size(), from + chunkSize)), settings));
    }
    return out;
  }

  /**
   * Evaluates every offer as of the evaluator's date, with its explain option.
   *
   * @param offers the offers; none may be null
   * @return the evaluations, in input order
   */
  public List<Evaluation> evaluateAll(Iterable<Offer> offers) {
    Objects.requireNonNull(offers, "offers must not be null");
    List<Offer> all = new ArrayList<>();
    offers.forEach(all::add);
    return evaluateAll(all, today(), explain, plausibility);
  }

  /**
   * Evaluates lazily as of the evaluator's date, in encounter order, many offers to a session:
   * offers are drawn from {@code offers} a chunk at a time as the result is consumed. A parallel
   * stream evaluates its chunks in parallel and keeps their order when collected. Closing the
   * result closes {@code offers}.
   *
   * @param offers the offers; none may be null
   * @return the evaluations
   */
  public Stream<Evaluation> evaluateAll(Stream<Offer> offers) {
    Objects.requireNonNull(offers, "offers must not be null");
    LocalDate today = today();
    Iterator<Offer> source = offers.iterator();
    Iterator<List<Offer>> chunks = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public List<Offer> next() {
        if (!source.hasNext()) {
          throw new NoSuchElementException();
        }
        List<Offer> chunk = new ArrayList<>(chunkSize);
        while (chunk.size() < chunkSize && source.hasNext()) {
          chunk.add(source.next());
        }
        return chunk;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chunks, Spliterator.ORDERED | Spliterator.NONNULL),
            offers.isParallel())
        .flatMap(chunk -> evaluateAll(chunk, today, explain, plausibility).stream())
        .onClose(offers::close);
  }

  /**
   * The data in use now. Its type is in {@code dev.offereval.model.internal}, which is not API:
   * the command line reads it, and its shape follows the data files. {@link #dataWarnings()} and
   * an evaluation's {@code band()} are the stable ways to it.
   *
   * @return bands, levels, levers, policy and the other reference data
   */
  public ReferenceData data() {
    return current.get().rules().data;
  }

  /**
   * What loading the data in use now warned about (it loaded nonetheless).
   *
   * @return the warnings, each with file, line and field
   */
  public List<DataIssue> dataWarnings() {
    return current.get().rules().data.warnings();
  }

  /**
   * A short hash of the rule and data files in use now; every evaluation carries it.
   *
   * @return twelve hex digits
   */
  public String fingerprint() {
    return current.get().rules().fingerprint;
  }

  /**
   * How outputs name the rules: a folder's path, {@code bundled rules}, and so on.
   *
   * @return the rules source's name
   */
  public String rulesSource() {
    return rules.name();
  }

  /**
   * How outputs name the data.
   *
   * @return the data source's name
   */
  public String dataSource() {
    return data.name();
  }

  /**
   * The folder the rules are read from (inside the jar for the bundled ones).
   *
   * @return the folder
   */
  public Path rulesDir() {
    return rulesDir;
  }

  /**
   * The folder the data is read from.
   *
   * @return the folder
   */
  public Path dataDir() {
    return dataDir;
  }

  /**
   * Sessions of the rules in use now that have not been disposed: 0 whenever no evaluation is
   * running. A diagnostic for leak tests and monitoring.
   *
   * @return the number of sessions in use
   */
  public int liveSessions() {
    return current.get().sessions().inUse.get();
  }

  /**
   * The names of the rules in use now.
   *
   * @return the names, sorted
   */
  public List<String> ruleNames() {
    return current.get().rules().ruleNames;
  }

  /**
   * Frees the sessions kept for reuse and deletes the folders written for in-memory sources.
   * Evaluations running now finish; later calls to {@code evaluate} or {@code reload} throw {@link
   * IllegalStateException}. Closing twice does nothing more.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    current.get().sessions().close();
    if (ownedTemp != null) {
      Source.deleteTree(ownedTemp);
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("this OfferEvaluator is closed");
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Builds an {@link OfferEvaluator}: where the rules and data come from, the evaluation date, the
   * explain option, the session strategy and the firing limit. Every setting has a default (see
   * {@link OfferEvaluator#builder()}). Not thread-safe; reusable.
   */
  public static final class Builder {
    private Source rules;
    private Source data;
    private Clock clock = Clock.systemDefaultZone();
    private Explain explain = Explain.NONE;
    private Plausibility plausibility = Plausibility.WARN;
    private Sessions sessions = Sessions.WARM;
    private int maxRuleFirings = MAX_RULE_FIRINGS;
    private int chunkSize = CHUNK_SIZE;
    private RuleTimings ruleTimings;
    private Reasons reasons = Reasons.WORDED;
    private CompiledRulesCache rulesCache;
    private final List<ReloadListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * Where the rules ({@code *.drl} files) come from. Default: the bundled rules.
     *
     * @param rules a folder, a class-path folder or in-memory text
     * @return this builder
     */
    public Builder rules(Source rules) {
      this.rules = Objects.requireNonNull(rules, "rules must not be null");
      return this;
    }

    /**
     * Where the data (bands, levels, levers, policy, ...) comes from. Default: the bundled data.
     *
     * @param data a folder, a class-path folder or in-memory text
     * @return this builder
     */
    public Builder data(Source data) {
      this.data = Objects.requireNonNull(data, "data must not be null");
      return this;
    }

    /**
     * The clock whose date {@link OfferEvaluator#evaluate(Offer)} evaluates as of. Default: the
     * system clock in the default time zone.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * Evaluates as of {@code date} every time, which makes results reproducible.
     *
     * @param date the evaluation date
     * @return this builder
     */
    public Builder evaluationDate(LocalDate date) {
      Objects.requireNonNull(date, "date must not be null");
      return clock(Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    /**
     * Whether evaluations record their rule trace. Default: {@link Explain#NONE}.
     *
     * @param explain the option
     * @return this builder
     */
    public Builder explain(Explain explain) {
      this.explain = Objects.requireNonNull(explain, "explain must not be null");
      return this;
    }

    /**
     * What an implausible figure does to an evaluation. Default: {@link Plausibility#WARN}.
     *
     * @param plausibility the option
     * @return this builder
     */
    public Builder plausibility(Plausibility plausibility) {
      this.plausibility = Objects.requireNonNull(plausibility, "plausibility must not be null");
      return this;
    }

    /**
     * Where evaluations get their sessions. Default: {@link Sessions#WARM}.
     *
     * @param sessions the strategy
     * @return this builder
     */
    public Builder sessions(Sessions sessions) {
      this.sessions = Objects.requireNonNull(sessions, "sessions must not be null");
      return this;
    }

    /**
     * Most rule firings one offer may take before it ends as {@code ERROR}. Default: {@value
     * OfferEvaluator#MAX_RULE_FIRINGS}.
     *
     * @param maxRuleFirings at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder maxRuleFirings(int maxRuleFirings) {
      if (maxRuleFirings < 1) {
        throw new IllegalArgumentException("maxRuleFirings must be at least 1, was " + maxRuleFirings);
      }
      this.maxRuleFirings = maxRuleFirings;
      return this;
    }

    /**
     * Whether evaluations word the reasons behind their figures; {@link Reasons#WORDED} unless said.
     *
     * @param reasons {@link Reasons#OMITTED} for output with no place for them
     * @return this builder
     */
    public Builder reasons(Reasons reasons) {
      this.reasons = Objects.requireNonNull(reasons, "reasons must not be null");
      return this;
    }

    /**
     * Most offers evaluated in one session by {@link OfferEvaluator#evaluateAll(List, LocalDate,
     * Explain, Plausibility)}. Default: {@value OfferEvaluator#CHUNK_SIZE}, the fastest measured
     * (README, "Performance"). The results do not depend on it.
     *
     * @param chunkSize at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder chunkSize(int chunkSize) {
      if (chunkSize < 1) {
        throw new IllegalArgumentException("chunkSize must be at least 1, was " + chunkSize);
      }
      this.chunkSize = chunkSize;
      return this;
    }

    /**
     * Times every rule firing into {@code timings} ({@link RuleTimings}). Default: none, untimed.
     *
     * @param timings where the figures are added, or null for none
     * @return this builder
     */
    public Builder ruleTimings(RuleTimings timings) {
      this.ruleTimings = timings;
      return this;
    }

    /**
     * Keeps compiled rules in {@code dir} between runs, so a later evaluator in a new JVM reads
     * rule files it has compiled before instead of compiling them again (on two cores, 0.3 to 0.55
     * s against 1.4 to 2.1 s for the shipped rules). An entry is used only for the same rule files,
     * byte for byte, and the same build of this library and Java version; anything else compiles
     * afresh and is stored. A cache that cannot be read or written only costs the time it would
     * have saved. Default: none; rules compile every time.
     *
     * <p>The folder should be private to the user: what it holds is deserialized (only classes of
     * the JDK, Drools, MVEL and this library are accepted).
     *
     * @param dir the folder, created when first written; null for none
     * @return this builder
     */
    public Builder rulesCache(Path dir) {
      this.rulesCache = dir == null ? null : new CompiledRulesCache(dir);
      return this;
    }

    /**
     * Adds a listener told of every {@link OfferEvaluator#reload()}.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder onReload(ReloadListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener must not be null"));
      return this;
    }

    /**
     * Compiles the rules and loads the data now.
     *
     * @return the evaluator
     * @throws RulesException when the rules do not compile
     * @throws DataException when the data does not load
     * @throws OfferEvalException with the problems of both when neither does
     */
    public OfferEvaluator build() {
      if (rules == null) {
        rules = Source.bundledRules();
      }
      if (data == null) {
        data = Source.bundledData();
      }
      Path temp = null;
      try {
        if (rules.ownsFolder() || data.ownsFolder()) {
          temp = Files.createTempDirectory("offer-evaluator");
        }
        Path rulesDir = rules.resolve(temp);
        Path dataDir = data.resolve(temp);
        OfferEvaluator evaluator = new OfferEvaluator(this, rulesDir, dataDir, temp,
            RuleSet.load(rulesDir, dataDir, rulesCache));
        temp = null;
        return evaluator;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
      } finally {
        if (temp != null) {
          Source.deleteTree(temp);
        }
      }
    }
  }
}
