package dev.offereval.io;

import java.util.List;

/**
 * The shapes of the data files, as YAML binds them (kebab-case keys). Every number is a string here
 * and becomes a {@code BigDecimal} through {@link Amounts}, never a double; {@link DataLoader}
 * validates each field and builds the model records.
 */
final class DataDocs {
  private DataDocs() {}

  record RangeDoc(String min, String max, Integer vestYears) {}

  record BandDoc(
      String level,
      String region,
      String regionName,
      String currency,
      RangeDoc base,
      RangeDoc stockGrant,
      RangeDoc bonusPct,
      RangeDoc statedTotalComp) {}

  record BandFileDoc(
      String company, String role, String guide, String asOf, List<String> sources, List<BandDoc> bands) {}

  record LevelDoc(String company, String level) {}

  record LevelGroupDoc(String id, String source, List<LevelDoc> levels) {}

  record LadderDoc(String company, String source, List<String> levels) {}

  record LevelsDoc(List<LevelGroupDoc> groups, List<LadderDoc> ladders) {}

  record LeverDoc(
      String id,
      String title,
      String category,
      String company,
      Boolean expertise,
      String talkingPoint,
      String sourceText,
      String source,
      AppliesWhenDoc appliesWhen,
      String provenance) {}

  record AppliesWhenDoc(List<String> anyOf, List<String> allOf, String role) {}

  record LeversDoc(List<LeverDoc> levers) {}

  record AreaDoc(String id, String title, List<String> tags, java.util.Map<String, String> names) {}

  record ExpertiseDoc(List<AreaDoc> areas) {}

  record PeerGroupDoc(String id, String source, List<String> companies) {}

  record PeersDoc(List<PeerGroupDoc> groups) {}

  record NumberDoc(String key, String value, String description) {}

  record TargetDoc(Integer minLevers, String penetration) {}

  record PolicyDoc(List<NumberDoc> numbers, List<TargetDoc> expertiseTargets) {}

  record RateDoc(String from, String to, String rate, String asOf, String source, Boolean placeholder) {}

  record FxDoc(List<RateDoc> rates) {}

  record ScriptDoc(String id, String company, String basis, String citesPeerGroup, String requiresLever, String text,
      String sourceText, String source, String provenance) {}

  record ScriptsDoc(List<ScriptDoc> scripts) {}

  record MessagesDoc(java.util.Map<String, String> messages) {}

  record PhrasesDoc(java.util.Map<String, String> phrases) {
    PhrasesDoc {
      phrases = phrases == null ? java.util.Map.of() : phrases;
    }
  }

  record NameDoc(String id, String name, List<String> aliases) {}

  record NamesDoc(List<NameDoc> companies, List<NameDoc> roles, List<NameDoc> levels, List<NameDoc> regions) {}
}
