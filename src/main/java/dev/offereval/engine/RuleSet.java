package dev.offereval.engine;

import dev.offereval.engine.internal.CompiledRulesCache;
import dev.offereval.engine.internal.RuleCompiler;
import dev.offereval.model.DataException;
import dev.offereval.io.DataLoader;
import dev.offereval.model.OfferEvalException;
import dev.offereval.model.Problem;
import dev.offereval.model.internal.ReferenceData;
import dev.offereval.model.internal.SkillTag;
import dev.offereval.model.internal.SkillsShown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.kie.api.KieBase;

/**
 * One consistent, immutable pair of compiled rules and loaded data, with its fingerprint. An
 * evaluation takes one snapshot and uses it throughout, so a reload never mixes two rule sets.
 */
final class RuleSet {
  final KieBase kieBase;
  final ReferenceData data;
  final List<Object> referenceFacts;
  final Set<Object> referenceIdentity;
  final String fingerprint;
  final List<String> ruleNames;
  /** The data's skill tags by tag, for each offer's {@link InputFacts}. */
  final Map<String, List<SkillTag>> skillTags;

  private RuleSet(KieBase kieBase, ReferenceData data, String fingerprint) {
    this.kieBase = kieBase;
    this.data = data;
    this.referenceFacts = List.copyOf(data.facts());
    Set<Object> identity = Collections.newSetFromMap(new IdentityHashMap<>());
    identity.addAll(referenceFacts);
    this.referenceIdentity = Collections.unmodifiableSet(identity);
    this.fingerprint = fingerprint;
    this.ruleNames = RuleCompiler.ruleNames(kieBase);
    this.skillTags = SkillsShown.byTag(data.skillTags());
  }

  /**
   * Loads both, or throws: {@link DataException} or {@link RulesException} when one fails, an
   * {@link OfferEvalException} with the problems of both when both do.
   */
  static RuleSet load(Path rulesDir, Path dataDir, CompiledRulesCache cache) {
    // the data loads on a thread of its own while the rules compile: a cold start waits for the
    // longer of the two, not both
    FutureTask<ReferenceData> loading = new FutureTask<>(() -> DataLoader.load(dataDir));
    Thread loader = new Thread(loading, "offer-evaluator-data");
    loader.setDaemon(true);
    loader.start();
    KieBase base = null;
    RulesException rulesFailed = null;
    try {
      base = RuleCompiler.compile(rulesDir, cache);
    } catch (RulesException e) {
      rulesFailed = e;
    }
    ReferenceData data = null;
    DataException dataFailed = null;
    try {
      data = loading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading " + dataDir, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof DataException d) {
        dataFailed = d;
      } else if (e.getCause() instanceof RuntimeException r) {
        throw r;
      } else if (e.getCause() instanceof Error err) {
        throw err;
      } else {
        throw new IllegalStateException(e.getCause());
      }
    }
    if (rulesFailed != null) {
      RulesException e = rulesFailed;
      if (dataFailed == null) {
        throw e;
      }
      List<Problem> both = new ArrayList<>(e.problems());
      both.addAll(dataFailed.problems());
      throw new OfferEvalException(both);
    }
    if (dataFailed != null) {
      throw dataFailed;
    }
    try {
      String fingerprint = Fingerprint.of(rulesDir, RuleCompiler.ruleFiles(rulesDir), dataDir,
          DataLoader.dataFiles(dataDir));
      return new RuleSet(base, data, fingerprint);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
