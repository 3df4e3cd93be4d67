package dev.offereval.engine;

import dev.offereval.io.DataException;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.DataIssue;
import dev.offereval.model.Evaluation;
import dev.offereval.model.EvaluationDate;
import dev.offereval.model.StrictChecking;
import dev.offereval.model.FxRate;
import dev.offereval.model.Offer;
import dev.offereval.model.ReferenceData;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.kie.api.runtime.KieSession;

/**
 * The one entry point: evaluates offers against bands with the rules in {@code rules/} and the
 * facts in {@code data/}.
 *
 * <p>Thread-safe. The compiled rules are built once and shared; every evaluation has a session to
 * itself, holding the reference facts and nothing else when it starts (see {@link Sessions} for
 * where sessions come from; a session whose rules failed or looped is never reused). {@link
 * #reload()} swaps in newly compiled rules and data atomically: an evaluation runs wholly on the
 * set it started with.
 *
 * <pre>{@code
 * OfferEvaluator evaluator = OfferEvaluator.withDefaults();
 * Evaluation e = evaluator.evaluate(offer);
 * }</pre>
 */
public final class OfferEvaluator {

  /**
   * Most rule firings one offer may take. The shipped rules take about 40; a rule that loops is cut
   * off here and the offer ends as {@link dev.offereval.model.Status#ERROR}.
   */
  public static final int MAX_RULE_FIRINGS = 10_000;

  private static final String BUNDLED_ROOT = "/offer-evaluator/";

  private final Path rulesDir;
  private final Path dataDir;
  private final String rulesSource;
  private final String dataSource;
  private final Sessions strategy;
  private final AtomicReference<Active> current;

  /** The rules in use and where their sessions come from, swapped together on reload. */
  private record Active(RuleSet rules, Sessions.Source sessions) {
    Active(RuleSet rules, Sessions strategy) {
      this(rules, Sessions.Source.of(strategy, rules.kieBase, rules.referenceFacts, rules.referenceIdentity));
    }
  }

  private OfferEvaluator(Path rulesDir, Path dataDir, String rulesSource, String dataSource, RuleSet rules,
      Sessions strategy) {
    this.rulesDir = rulesDir;
    this.dataDir = dataDir;
    this.rulesSource = rulesSource;
    this.dataSource = dataSource;
    this.strategy = strategy;
    this.current = new AtomicReference<>(new Active(rules, strategy));
  }

  /** Compiles {@code rulesDir/*.drl} and loads {@code dataDir}, both read from disk now. */
  public static OfferEvaluator fromDirectories(Path rulesDir, Path dataDir) throws RulesException, DataException {
    return fromDirectories(rulesDir, dataDir, rulesDir.toString(), dataDir.toString());
  }

  /** As {@link #fromDirectories(Path, Path)}, naming the sources as outputs should report them. */
  public static OfferEvaluator fromDirectories(Path rulesDir, Path dataDir, String rulesName, String dataName)
      throws RulesException, DataException {
    return new OfferEvaluator(rulesDir, dataDir, rulesName, dataName, RuleSet.load(rulesDir, dataDir), Sessions.WARM);
  }

  /** Runs on the rules and data shipped inside the library; no folders needed. */
  public static OfferEvaluator withDefaults() {
    try {
      return fromDirectories(bundled("rules"), bundled("data"), "bundled rules", "bundled data");
    } catch (RulesException | DataException e) {
      throw new IllegalStateException("the bundled rules or data are broken: " + e.getMessage(), e);
    }
  }

  /** The folder of bundled defaults ({@code rules} or {@code data}), on disk or inside the jar. */
  public static Path bundled(String name) {
    URL marker = OfferEvaluator.class.getResource(BUNDLED_ROOT + "bundle.txt");
    if (marker == null) {
      throw new IllegalStateException("bundled rules and data are missing from the classpath");
    }
    try {
      URI uri = marker.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.provider().getPath(uri).getParent().resolve(name);
      }
      return Path.of(uri).getParent().resolve(name);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the bundled rules and data: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the rules and data folders again and, when both compile and load, swaps them in for
   * every evaluation that starts afterwards. When they do not, the rules in use stay in use and
   * the problems are thrown.
   */
  public void reload() throws RulesException, DataException {
    current.set(new Active(RuleSet.load(rulesDir, dataDir), strategy));
  }

  /**
   * An evaluator on the same compiled rules and data whose evaluations get their sessions by
   * {@code sessions}; for measuring the strategies against each other. The results are the same.
   * A {@link #reload()} of either evaluator does not change the other.
   */
  public OfferEvaluator withSessions(Sessions sessions) {
    return new OfferEvaluator(rulesDir, dataDir, rulesSource, dataSource, current.get().rules(), sessions);
  }

  /** How this evaluator's evaluations get their sessions. */
  public Sessions sessions() {
    return strategy;
  }

  /** Evaluates one offer today, in a session of its own. Never throws for a rule failure: see status. */
  public Evaluation evaluate(Offer offer) {
    return evaluate(offer, LocalDate.now(), false);
  }

  /**
   * Evaluates one offer as of {@code on} (band staleness is judged against it); with {@code
   * explain}, the result's trace lists every rule firing and the facts it matched.
   */
  public Evaluation evaluate(Offer offer, LocalDate on, boolean explain) {
    return evaluate(offer, on, explain, false);
  }

  /**
   * As {@link #evaluate(Offer, LocalDate, boolean)}; with {@code strict}, a figure the rules find
   * implausible (rules/plausibility.drl) makes the offer INVALID instead of only a warning.
   */
  public Evaluation evaluate(Offer written, LocalDate on, boolean explain, boolean strict) {
    Active active = current.get();
    RuleSet rules = active.rules();
    Offer offer = rules.data.names().canonical(written);
    KieSession session = active.sessions().acquire();
    FiredRules fired = new FiredRules(explain, rules.referenceIdentity);
    boolean clean = false;
    try {
      session.addEventListener(fired);
      for (Currency c : currencies(offer)) {
        session.insert(FxRate.identity(c));
      }
      session.insert(new EvaluationDate(on));
      if (strict) {
        session.insert(new StrictChecking());
      }
      session.insert(offer);
      int count = session.fireAllRules(MAX_RULE_FIRINGS);
      if (count >= MAX_RULE_FIRINGS) {
        return EvaluationAssembler.error(offer, "rules fired " + count + " times for this offer without settling;"
            + " rule \"" + fired.last() + "\" may loop", fired, rules.fingerprint, on);
      }
      Evaluation e = EvaluationAssembler.assemble(session, offer, rules.data, fired, rules.fingerprint, on);
      clean = true;
      return e;
    } catch (RuntimeException e) {
      return EvaluationAssembler.error(offer, "rule \"" + fired.current() + "\" failed: " + rootMessage(e),
          fired, rules.fingerprint, on);
    } finally {
      session.removeEventListener(fired);
      active.sessions().release(session, clean);
    }
  }

  /** Evaluates every offer today, results in input order. */
  public List<Evaluation> evaluateAll(Iterable<Offer> offers) {
    LocalDate today = LocalDate.now();
    List<Evaluation> out = new ArrayList<>();
    for (Offer o : offers) {
      out.add(evaluate(o, today, false));
    }
    return out;
  }

  /** Evaluates lazily today, in encounter order; parallel streams keep their order when collected. */
  public Stream<Evaluation> evaluateAll(Stream<Offer> offers) {
    LocalDate today = LocalDate.now();
    return offers.map(o -> evaluate(o, today, false));
  }

  /** The data in use now. */
  public ReferenceData data() {
    return current.get().rules().data;
  }

  public List<DataIssue> dataWarnings() {
    return current.get().rules().data.warnings();
  }

  /** A short hash of the rule and data files in use now. */
  public String fingerprint() {
    return current.get().rules().fingerprint;
  }

  public String rulesSource() {
    return rulesSource;
  }

  public String dataSource() {
    return dataSource;
  }

  public Path rulesDir() {
    return rulesDir;
  }

  public Path dataDir() {
    return dataDir;
  }

  /**
   * Sessions of the rules in use now that have not been disposed: 0 whenever no evaluation is
   * running. A diagnostic for leak tests and monitoring.
   */
  public int liveSessions() {
    return current.get().sessions().inUse.get();
  }

  /** The names of the rules in use now, sorted. */
  public List<String> ruleNames() {
    return current.get().rules().ruleNames;
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
