package dev.offereval.engine;

import dev.offereval.io.DataException;
import dev.offereval.io.DataLoader;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.DataIssue;
import dev.offereval.model.Evaluation;
import dev.offereval.model.FxRate;
import dev.offereval.model.Offer;
import dev.offereval.model.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * The one entry point: evaluates offers against bands with the rules in {@code rules/} and the
 * facts in {@code data/}.
 *
 * <p>Thread-safe. The compiled {@link KieBase} is built once and shared; every evaluation gets its
 * own {@link KieSession}, which is disposed when the evaluation ends, whatever happens.
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

  private final KieBase kieBase;
  private final ReferenceData data;
  private final List<Object> referenceFacts;
  private final String fingerprint;
  private final String rulesSource;
  private final String dataSource;
  private final List<String> ruleNames;

  private OfferEvaluator(KieBase kieBase, ReferenceData data, String fingerprint, String rulesSource, String dataSource) {
    this.kieBase = kieBase;
    this.data = data;
    this.referenceFacts = List.copyOf(data.facts());
    this.fingerprint = fingerprint;
    this.rulesSource = rulesSource;
    this.dataSource = dataSource;
    this.ruleNames = RuleCompiler.ruleNames(kieBase);
  }

  /** Compiles {@code rulesDir/*.drl} and loads {@code dataDir}, both read from disk now. */
  public static OfferEvaluator fromDirectories(Path rulesDir, Path dataDir) throws RulesException, DataException {
    return fromDirectories(rulesDir, dataDir, rulesDir.toString(), dataDir.toString());
  }

  /** As {@link #fromDirectories(Path, Path)}, naming the sources as outputs should report them. */
  public static OfferEvaluator fromDirectories(Path rulesDir, Path dataDir, String rulesName, String dataName)
      throws RulesException, DataException {
    ReferenceData data = DataLoader.load(dataDir);
    KieBase base = RuleCompiler.compile(rulesDir);
    String fingerprint;
    try {
      fingerprint = Fingerprint.of(rulesDir, RuleCompiler.ruleFiles(rulesDir), dataDir, DataLoader.dataFiles(dataDir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new OfferEvaluator(base, data, fingerprint, rulesName, dataName);
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

  /** Evaluates one offer in a session of its own. Never throws for a rule failure: see status. */
  public Evaluation evaluate(Offer offer) {
    KieSession session = kieBase.newKieSession();
    FiredRules fired = new FiredRules();
    try {
      session.addEventListener(fired);
      for (Object fact : referenceFacts) {
        session.insert(fact);
      }
      for (Currency c : currencies(offer)) {
        session.insert(FxRate.identity(c));
      }
      session.insert(offer);
      int count = session.fireAllRules(MAX_RULE_FIRINGS);
      if (count >= MAX_RULE_FIRINGS) {
        return EvaluationAssembler.error(offer, "rules fired " + count + " times for this offer without settling;"
            + " rule \"" + fired.last() + "\" may loop", fired.names(), fingerprint);
      }
      return EvaluationAssembler.assemble(session, offer, data, fired.names(), fingerprint);
    } catch (RuntimeException e) {
      return EvaluationAssembler.error(offer, "rule \"" + fired.current() + "\" failed: " + rootMessage(e),
          fired.names(), fingerprint);
    } finally {
      session.dispose();
    }
  }

  /** Evaluates every offer, results in input order. */
  public List<Evaluation> evaluateAll(Iterable<Offer> offers) {
    List<Evaluation> out = new ArrayList<>();
    for (Offer o : offers) {
      out.add(evaluate(o));
    }
    return out;
  }

  /** Evaluates lazily, in encounter order; parallel streams keep their order when collected. */
  public Stream<Evaluation> evaluateAll(Stream<Offer> offers) {
    return offers.map(this::evaluate);
  }

  public ReferenceData data() {
    return data;
  }

  public List<DataIssue> dataWarnings() {
    return data.warnings();
  }

  public String fingerprint() {
    return fingerprint;
  }

  public String rulesSource() {
    return rulesSource;
  }

  public String dataSource() {
    return dataSource;
  }

  public List<String> ruleNames() {
    return ruleNames;
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
