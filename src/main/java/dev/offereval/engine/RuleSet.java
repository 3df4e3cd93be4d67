package dev.offereval.engine;

import dev.offereval.io.DataException;
import dev.offereval.io.DataLoader;
import dev.offereval.model.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
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

  private RuleSet(KieBase kieBase, ReferenceData data, String fingerprint) {
    this.kieBase = kieBase;
    this.data = data;
    this.referenceFacts = List.copyOf(data.facts());
    Set<Object> identity = Collections.newSetFromMap(new IdentityHashMap<>());
    identity.addAll(referenceFacts);
    this.referenceIdentity = Collections.unmodifiableSet(identity);
    this.fingerprint = fingerprint;
    this.ruleNames = RuleCompiler.ruleNames(kieBase);
  }

  static RuleSet load(Path rulesDir, Path dataDir) throws RulesException, DataException {
    ReferenceData data = DataLoader.load(dataDir);
    KieBase base = RuleCompiler.compile(rulesDir);
    try {
      String fingerprint = Fingerprint.of(rulesDir, RuleCompiler.ruleFiles(rulesDir), dataDir,
          DataLoader.dataFiles(dataDir));
      return new RuleSet(base, data, fingerprint);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
