package dev.offereval.model.internal;

import dev.offereval.model.DataIssue;
import dev.offereval.model.Band;
import dev.offereval.model.BandKey;
import dev.offereval.model.FxRate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything loaded from {@code data/}: the facts every evaluation starts from, and the warnings
 * loading raised, and the phrases scripts are built from ({@code phrases.yaml}), which are no facts.
 */
public record ReferenceData(
    List<Band> bands,
    List<LevelEquivalent> levels,
    List<Lever> levers,
    List<ExpertiseArea> expertiseAreas,
    List<SkillTag> skillTags,
    List<PeerCompany> peers,
    Policy policy,
    List<ExpertiseTarget> expertiseTargets,
    List<FxRate> fxRates,
    List<ScriptTemplate> scripts,
    List<DataIssue> warnings,
    List<LevelRank> ladders,
    Names names,
    Phrases phrases,
    java.util.Map<String, String> messages) {

  public ReferenceData {
    bands = List.copyOf(bands);
    levels = List.copyOf(levels);
    levers = List.copyOf(levers);
    expertiseAreas = List.copyOf(expertiseAreas);
    skillTags = List.copyOf(skillTags);
    peers = List.copyOf(peers);
    java.util.Objects.requireNonNull(policy, "policy");
    expertiseTargets = List.copyOf(expertiseTargets);
    fxRates = List.copyOf(fxRates);
    scripts = List.copyOf(scripts);
    warnings = List.copyOf(warnings);
    ladders = List.copyOf(ladders);
    names = names == null ? Names.empty() : names;
    java.util.Objects.requireNonNull(phrases, "phrases");
    messages = java.util.Map.copyOf(messages);
  }

  /** All reference facts, in a stable order, for insertion into a session. */
  public List<Object> facts() {
    List<Object> facts = new ArrayList<>();
    facts.addAll(bands);
    facts.addAll(levels);
    facts.addAll(ladders);
    facts.addAll(levers);
    facts.addAll(expertiseAreas);
    facts.addAll(skillTags);
    facts.addAll(peers);
    facts.add(policy);
    facts.addAll(expertiseTargets);
    facts.addAll(fxRates);
    facts.addAll(scripts);
    facts.add(names);
    return facts;
  }

  public Optional<Band> band(BandKey key) {
    return bands.stream().filter(b -> b.key().equals(key)).findFirst();
  }

  public Optional<Lever> lever(String id) {
    return levers.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  public Optional<ScriptTemplate> script(String id) {
    return scripts.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
