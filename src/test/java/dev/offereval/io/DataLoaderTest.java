package dev.offereval.io;

import dev.offereval.model.DataException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.model.Band;
import dev.offereval.model.DataIssue;
import dev.offereval.model.Money;
import dev.offereval.model.internal.LevelClass;
import dev.offereval.model.internal.LevelMapping;
import dev.offereval.model.internal.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading data/: the shipped files transcribe the seed; every validation error names file, field and reason. */
class DataLoaderTest {

  @TempDir Path tmp;

  @Test
  void shippedBandsTranscribeTheSeedExactly() throws Exception {
    ReferenceData data = DataLoader.load(Path.of("data"));
    assertEquals(3, data.bands().size());
    Band sf = band(data, "san-francisco");
    assertEquals("San Francisco, CA (HQ)", sf.regionName());
    assertEquals(Money.of("150000", "USD"), sf.base().min());
    assertEquals(Money.of("200000", "USD"), sf.base().max());
    assertEquals(Money.of("120000", "USD"), sf.stockGrant().min());
    assertEquals(Money.of("240000", "USD"), sf.stockGrant().max());
    assertEquals(4, sf.vestYears());
    assertEquals(0, BigDecimal.TEN.compareTo(sf.bonusPct().min()));
    assertEquals(0, new BigDecimal("15").compareTo(sf.bonusPct().max()));
    assertEquals(Money.of("210000", "USD"), sf.statedTotalComp().min());
    assertEquals(Money.of("310000", "USD"), sf.statedTotalComp().max());
    Band denver = band(data, "denver");
    assertEquals(Money.of("135000", "USD"), denver.base().min());
    assertEquals(Money.of("185000", "USD"), denver.base().max());
    assertEquals(Money.of("100000", "USD"), denver.stockGrant().min());
    assertEquals(Money.of("200000", "USD"), denver.stockGrant().max());
    assertEquals(Money.of("185000", "USD"), denver.statedTotalComp().min());
    assertEquals(Money.of("275000", "USD"), denver.statedTotalComp().max());
    Band london = band(data, "london");
    assertEquals(Money.of("95000", "GBP"), london.base().min());
    assertEquals(Money.of("135000", "GBP"), london.base().max());
    assertEquals(Money.of("75000", "GBP"), london.stockGrant().min());
    assertEquals(Money.of("155000", "GBP"), london.stockGrant().max());
    assertEquals(Money.of("135000", "GBP"), london.statedTotalComp().min());
    assertEquals(Money.of("215000", "GBP"), london.statedTotalComp().max());
    assertEquals(java.time.LocalDate.of(2026, 2, 1), sf.asOf());
    assertEquals(4, sf.sources().size());
    assertTrue(sf.sources().contains("Levels.fyi Twilio Data Engineer Compensation Data, January 2026"));
  }

  @Test
  void aBandFileNamingItsGuideKeepsTheGuideApartFromTheSourcesItCites() throws Exception {
    Band sf = band(DataLoader.load(Path.of("data")), "san-francisco");
    assertEquals("Data Engineer | Twilio Global Negotiation Guide", sf.guide());
    assertEquals(4, sf.sources().size());
    // near miss: a band file that names no guide has sources of its own
    Path data = copyShipped();
    edit(data, "bands/twilio-data-engineer.yaml", "guide: \"Data Engineer | Twilio Global Negotiation Guide\"\n", "");
    Band own = band(DataLoader.load(data), "san-francisco");
    assertEquals(null, own.guide());
    assertEquals(sf.sources(), own.sources());
  }

  @Test
  void shippedLevelMappingIsTheSeeds() throws Exception {
    ReferenceData data = DataLoader.load(Path.of("data"));
    assertEquals(List.of("Twilio L2", "Google L3", "Meta E3", "Snowflake IC2", "Databricks IC2"),
        data.levels().stream().map(l -> l.company() + " " + l.level()).toList());
  }

  @Test
  void statedTotalThatDisagreesWithItsComponentsIsAWarningNotAFix() throws Exception {
    ReferenceData data = DataLoader.load(Path.of("data"));
    assertEquals(3, data.warnings().size());
    DataIssue sf = data.warnings().get(0);
    assertEquals("bands/twilio-data-engineer.yaml", sf.file());
    assertEquals("bands[0].stated-total-comp", sf.field());
    assertTrue(sf.message().contains("states total comp $210,000–$310,000 but its components sum to"
        + " $195,000–$290,000"), sf.message());
    assertEquals(Money.of("210000", "USD"), band(data, "san-francisco").statedTotalComp().min());
  }

  @Test
  void minAboveMaxIsRejected() {
    DataIssue i = failsWith("bands/twilio-data-engineer.yaml",
        "base: { min: 150000, max: 200000 }", "base: { min: 250000, max: 200000 }");
    assertEquals("bands[0].base", i.field());
    assertEquals("min 250000 is greater than max 200000", i.message());
  }

  @Test
  void unknownCurrencyIsRejected() {
    DataIssue i = failsWith("bands/twilio-data-engineer.yaml", "currency: GBP", "currency: GBX");
    assertEquals("bands[2].currency", i.field());
    assertTrue(i.message().startsWith("unknown currency 'GBX'"));
  }

  @Test
  void negativeAmountIsRejected() {
    DataIssue i = failsWith("bands/twilio-data-engineer.yaml",
        "stock-grant: { min: 100000,", "stock-grant: { min: -100000,");
    assertEquals("bands[1].stock-grant.min", i.field());
    assertEquals("is negative: -100000", i.message());
  }

  @Test
  void duplicateBandKeyIsRejectedAcrossFiles() throws IOException {
    Path data = copyShipped();
    Files.copy(data.resolve("bands/twilio-data-engineer.yaml"), data.resolve("bands/twilio-copy.yaml"));
    DataException e = assertThrows(DataException.class, () -> DataLoader.load(data));
    DataIssue i = e.problems().get(0);
    assertEquals("bands/twilio-data-engineer.yaml", i.file());
    assertTrue(i.message().startsWith("duplicate band twilio / data engineer / l2 / san-francisco, already defined at"
        + " bands/twilio-copy.yaml bands[0]"), i.message());
  }

  @Test
  void groupsThatShareALevelMakeOneClassOfEquivalentLevels() throws Exception {
    Path data = copyShipped();
    // synthetic: Example Analytics and Example Streaming are made up
    edit(data, "levels.yaml", "      - { company: Databricks, level: IC2 }\n", "      - { company: Databricks, level: IC2 }\n"
        + "  - id: analytics-a2\n    source: \"Synthetic guide A: Level Mapping (a.md:14)\"\n    levels:\n"
        + "      - { company: Example Analytics, level: A2 }\n      - { company: Meta, level: E3 }\n"
        + "  - id: streaming-s2\n    source: \"Synthetic guide B: Level Mapping (b.md:9)\"\n    levels:\n"
        + "      - { company: Example Streaming, level: S2 }\n      - { company: Example Analytics, level: A2 }\n"
        + "  - id: apart\n    levels:\n      - { company: Example Streaming, level: S3 }\n"
        + "      - { company: Google, level: L4 }\n");
    ReferenceData d = DataLoader.load(data);
    Map<String, String> classOf = new TreeMap<>();
    d.levels().forEach(l -> classOf.put(l.company() + " " + l.level(), l.group().id()));
    assertEquals(Map.of("Twilio L2", "analytics-a2", "Google L3", "analytics-a2", "Meta E3", "analytics-a2",
        "Snowflake IC2", "analytics-a2", "Databricks IC2", "analytics-a2", "Example Analytics A2", "analytics-a2",
        "Example Streaming S2", "analytics-a2", "Example Streaming S3", "apart", "Google L4", "apart"), classOf,
        "the least id names a class; a group that shares no level stays apart");
    assertEquals(List.of("Twilio L2", "Google L3", "Meta E3", "Snowflake IC2", "Databricks IC2", "Example Analytics A2",
        "Example Streaming S2", "Example Streaming S3", "Google L4"),
        d.levels().stream().map(l -> l.company() + " " + l.level()).toList(), "each level once, in file order");
    LevelClass c = d.levels().get(0).group();
    assertEquals(List.of("data-engineer-l2", "analytics-a2", "streaming-s2"),
        c.mappings().stream().map(m -> m.id()).toList());
    assertEquals("[Meta E3 via data-engineer-l2, Example Analytics A2 via analytics-a2, Example Streaming S2 via"
        + " streaming-s2]", c.chain(new LevelMapping.Level("Twilio", "L2"), new LevelMapping.Level("example streaming",
        "s2")).stream().map(l -> l.level() + " via " + l.via().id()).toList().toString());
  }

  @Test
  void twoLevelsOfOneCompanyLinkedThroughOtherGroupsAreAContradictionNamingTheChain() {
    // synthetic: a second guide that maps Meta E3 to Google L4, where the shipped one maps it to Google L3
    DataIssue i = failsWith("levels.yaml", "      - { company: Databricks, level: IC2 }\n",
        "      - { company: Databricks, level: IC2 }\n  - id: other\n"
            + "    source: \"Synthetic guide B: Level Mapping (b.md:9)\"\n    levels:\n"
            + "      - { company: Meta, level: E3 }\n      - { company: Google, level: L4 }\n");
    assertEquals("groups[1].levels[1]", i.field());
    assertEquals(20, i.line());
    assertEquals("contradiction: Google L3 and Google L4 would be equivalent, as Google L3 = Meta E3 (levels.yaml:8,"
        + " Data Engineer | Twilio Global Negotiation Guide: Level Mapping (000_89e5badf11359f5c.txt:18)) = Google L4"
        + " (levels.yaml:16, Synthetic guide B: Level Mapping (b.md:9)); a company's own levels are never equivalent to"
        + " each other, so one of these mappings is wrong", i.message());
  }

  @Test
  void aCompanysSameLevelInTwoGroupsIsNoContradiction() throws Exception {
    // near miss of the above: Google L3 again, not L4
    Path data = copyShipped();
    edit(data, "levels.yaml", "      - { company: Databricks, level: IC2 }\n",
        "      - { company: Databricks, level: IC2 }\n  - id: other\n    levels:\n"
            + "      - { company: Meta, level: E3 }\n      - { company: Google, level: L3 }\n");
    assertEquals(5, DataLoader.load(data).levels().size());
  }

  @Test
  void twoLevelsOfOneCompanyInAGroupIsAContradiction() {
    DataIssue i = failsWith("levels.yaml", "      - { company: Databricks, level: IC2 }\n",
        "      - { company: Databricks, level: IC2 }\n      - { company: Google, level: L4 }\n");
    assertTrue(i.message().startsWith("contradiction: Google L4 and Google L3 would be equivalent"), i.message());
  }

  @Test
  void namesMatchIdsDisplayNamesAndAliasesInAnyCase() throws Exception {
    dev.offereval.model.internal.Names names = DataLoader.load(Path.of("data")).names();
    for (String written : List.of("san-francisco", "San Francisco", "SF", "sf", "San Francisco, CA (HQ)",
        "  san   francisco ")) {
      assertEquals("san-francisco", names.canonical(dev.offereval.model.internal.Names.Kind.REGION, written), written);
    }
    assertEquals("San Francisco, CA (HQ)", names.display(dev.offereval.model.internal.Names.Kind.REGION, "sf"));
    assertEquals("Twilio", names.canonical(dev.offereval.model.internal.Names.Kind.COMPANY, "twilio"));
    assertEquals("Snowflake", names.canonical(dev.offereval.model.internal.Names.Kind.COMPANY, "SNOWFLAKE"), "from peers");
    // near misses: a misspelling is not a match, but it is the closest name
    assertEquals("San Fransisco", names.canonical(dev.offereval.model.internal.Names.Kind.REGION, "San Fransisco"));
    assertEquals(List.of("san-francisco"), names.closest(dev.offereval.model.internal.Names.Kind.REGION, "San Fransisco"));
    assertEquals(List.of(), names.closest(dev.offereval.model.internal.Names.Kind.REGION, "Atlantis"));
  }

  @Test
  void anAliasThatMeansTwoRegionsIsRejectedAtItsEntry() {
    DataIssue i = failsWith("names.yaml", "    aliases: [Denver]\n", "    aliases: [Denver, SF]\n");
    assertEquals("regions[1]", i.field());
    assertEquals(12, i.line());
    assertEquals(5, i.column());
    assertEquals("region name \"SF\" already means san-francisco; a name may mean one region only", i.message());
  }

  @Test
  void missingRequiredFieldIsRejected() {
    DataIssue i = failsWith("bands/twilio-data-engineer.yaml", "    region: denver\n", "");
    assertEquals("bands[1].region", i.field());
    assertEquals("is required", i.message());
  }

  @Test
  void missingVestYearsIsRejected() {
    DataIssue i = failsWith("bands/twilio-data-engineer.yaml",
        "{ min: 75000, max: 155000, vest-years: 4 }", "{ min: 75000, max: 155000 }");
    assertEquals("bands[2].stock-grant.vest-years", i.field());
  }

  @Test
  void unknownFieldIsRejectedWithItsLine() {
    DataIssue i = failsWith("bands/twilio-data-engineer.yaml", "    region: denver\n", "    region: denver\n    regoin: x\n");
    assertTrue(i.line() > 0, i.toString());
    assertTrue(i.message().contains("regoin"), i.message());
  }

  @Test
  void yamlSyntaxErrorIsRejectedWithItsLine() {
    DataIssue i = failsWith("levers.yaml", "levers:\n", "levers:\n  - id: [unclosed\n");
    assertEquals("levers.yaml", i.file());
    assertTrue(i.line() > 0, i.toString());
  }

  @Test
  void duplicateYamlKeyIsRejected() {
    DataIssue i = failsWith("policy.yaml", "    value: 0\n", "    value: 0\n    value: 5\n");
    assertTrue(i.message().toLowerCase().contains("duplicate"), i.message());
  }

  @Test
  void expertiseTargetsThatFallAsLeversRiseAreRejected() {
    DataIssue i = failsWith("policy.yaml", "{ min-levers: 3, penetration: 0.80 }", "{ min-levers: 3, penetration: 0.40 }");
    assertEquals("policy.yaml", i.file());
    assertTrue(i.message().contains("more expertise must never lower the counter"), i.message());
  }

  @Test
  void twoScriptsForTheSameCompanyAndBasisAreRejected() {
    DataIssue i = failsWith("scripts.yaml", "  - id: negotiate-up-expertise\n", "  - id: negotiate-up-expertise-2\n"
        + "    basis: expertise\n    text: x\n  - id: negotiate-up-expertise\n");
    assertTrue(i.message().contains("already given"), i.message());
  }

  @Test
  void aPhraseUsingAPlaceholderTheRendererDoesNotFillThereIsAnErrorAtItsLine() {
    DataIssue i = failsWith("phrases.yaml", "bonus-target: \"{article} {pct}% bonus target\"",
        "bonus-target: \"{article} {percent}% bonus target\"");
    assertEquals("phrases.bonus-target", i.field());
    assertEquals(9, i.line());
    assertEquals("phrase bonus-target uses {percent}, which the renderer does not fill there (it fills {article}, {pct})",
        i.message());
  }

  @Test
  void anUnknownPhraseKeyIsAnErrorAtItsLine() {
    DataIssue i = failsWith("phrases.yaml", "  one-year:", "  one-yr:");
    assertEquals("phrases.one-yr", i.field());
    assertEquals(33, i.line());
    assertTrue(i.message().startsWith("\"one-yr\" is not a phrase the scripts use (known: bonus-target,"), i.message());
  }

  @Test
  void aMissingPhraseIsAnErrorNamingIt() throws IOException {
    Path data = copyShipped();
    edit(data, "phrases.yaml", "  one-year: \"{count} year\"\n", "");
    DataException e = assertThrows(DataException.class, () -> DataLoader.load(data));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertEquals("phrases.yaml", e.problems().get(0).file());
    assertEquals("phrase one-year is missing", e.problems().get(0).message());
    assertEquals(6, e.problems().get(0).line());
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() throws IOException {
    Path data = copyShipped();
    edit(data, "bands/twilio-data-engineer.yaml", "currency: GBP", "currency: GBX");
    edit(data, "fx.yaml", "rate: 1.25", "rate: abc");
    DataException e = assertThrows(DataException.class, () -> DataLoader.load(data));
    assertEquals(2, e.problems().size(), e.getMessage());
  }

  @Test
  void shippedCatalogPolicyRatesAndScriptsLoadWhole() throws Exception {
    ReferenceData data = DataLoader.load(Path.of("data"));
    assertEquals(List.of("cdp-pipeline-expertise", "real-time-streaming", "ai-ml-data-infrastructure",
        "competing-market-demand", "segment-customerai-data-pipeline"),
        data.levers().stream().map(dev.offereval.model.internal.Lever::id).toList());
    assertEquals(List.of("cdp", "streaming", "ml-infrastructure"),
        data.expertiseAreas().stream().map(dev.offereval.model.internal.ExpertiseArea::id).toList());
    assertEquals(19, data.skillTags().size());
    assertEquals(List.of("Snowflake", "Databricks"),
        data.peers().stream().map(dev.offereval.model.internal.PeerCompany::company).toList());
    assertEquals(new dev.offereval.model.internal.Policy(new BigDecimal("0"), 4, new BigDecimal("2"),
        new BigDecimal("500"), new BigDecimal("2"), 12, new BigDecimal("3"), new BigDecimal("3"), new BigDecimal("1"),
        new BigDecimal("200"), new BigDecimal("75"), new BigDecimal("25"), new BigDecimal("25")), data.policy());
    assertEquals(4, data.expertiseTargets().size());
    assertEquals(2, data.fxRates().size(), "GBP to USD and its inverse");
    assertEquals(0, new BigDecimal("0.8").compareTo(data.fxRates().get(1).rate()));
    assertTrue(data.fxRates().stream().allMatch(dev.offereval.model.FxRate::placeholder),
        "the shipped rate and its inverse are marked placeholders");
    assertEquals(List.of("twilio-negotiate-up", "negotiate-up-competing", "negotiate-up-expertise", "accept-as-offered",
        "relevel-before-accepting", "relevel-before-countering", "round-accept", "round-trade", "round-hold",
        "round-decide"), data.scripts().stream().map(dev.offereval.model.internal.ScriptTemplate::id).toList());
    assertEquals(List.of("bands/twilio-data-engineer.yaml", "expertise.yaml", "fx.yaml", "levels.yaml", "levers.yaml",
        "messages.yaml", "names.yaml", "peers.yaml", "phrases.yaml", "policy.yaml", "scripts.yaml"),
        DataLoader.dataFiles(Path.of("data")).stream().map(f -> Path.of("data").relativize(f).toString()).sorted().toList());
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {4}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
    "levers.yaml|    expertise: true\\n    applies-when:|    applies-when:|levers[0].expertise|is required (true or false)",
    "levers.yaml|  - id: real-time-streaming|  - id: cdp-pipeline-expertise|levers[1].id|duplicate lever id cdp-pipeline-expertise",
    "expertise.yaml|  - id: streaming|  - id: cdp|areas[1].id|duplicate area id cdp",
    "policy.yaml|  - key: band.stale-after-months|  - key: market-demand.min-premium-pct|numbers[5].key|duplicate policy key market-demand.min-premium-pct",
    "policy.yaml|  - { min-levers: 1, penetration: 0.60 }|  - { min-levers: 0, penetration: 0.60 }|expertise-targets[1].min-levers|duplicate min-levers 0",
    "policy.yaml|  - { min-levers: 1, penetration: 0.60 }|  - { penetration: 0.60 }|expertise-targets[1].min-levers|is required",
    "fx.yaml|    to: USD|    to: GBP|rates[0]|a rate from GBP to itself is implied; remove it",
    "fx.yaml|    as-of: 2026-02-01|    as-of: 2026-02-30|rates[0].as-of|",
    "scripts.yaml|  - id: negotiate-up-competing|  - id: twilio-negotiate-up|scripts[1].id|duplicate script id twilio-negotiate-up",
  })
  void eachCatalogRuleIsCheckedWithItsField(String file, String from, String to, String field, String message) {
    DataIssue i = failsWith(file, from.replace("\\n", "\n"), to.replace("\\n", "\n"));
    assertEquals(field, i.field(), i.toString());
    assertTrue(message == null || i.message().startsWith(message), i.toString());
  }

  @Test
  void aRateGivenTwiceEvenAsItsInverseIsRejected() {
    DataIssue i = failsWith("fx.yaml", "    source: \"Illustrative", "    source: x\n  - from: USD\n    to: GBP\n"
        + "    rate: 0.8\n    as-of: 2026-02-01\n    source: \"Illustrative");
    assertEquals("rates[1]", i.field());
    assertTrue(i.message().startsWith("a rate between USD and GBP is already given"), i.message());
  }

  @Test
  void aSkillTagListedTwiceInAnAreaCountsOnce() throws Exception {
    Path data = copyShipped();
    edit(data, "expertise.yaml", "tags: [cdp, ", "tags: [cdp, cdp, CDP, ");
    assertEquals(19, DataLoader.load(data).skillTags().size());
  }

  @Test
  void aScriptRequiringALeverTheCatalogLacksIsRejected() {
    DataIssue i = failsWith("scripts.yaml", "requires-lever: segment-customerai-data-pipeline",
        "requires-lever: segment-customer-ai");
    assertTrue(i.message().contains("requires lever segment-customer-ai, which levers.yaml does not have"), i.message());
    assertEquals("scripts[0].requires-lever", i.field());
  }

  private static Band band(ReferenceData data, String region) {
    return data.bands().stream().filter(b -> b.region().equals(region)).findFirst().orElseThrow();
  }

  private DataIssue failsWith(String file, String from, String to) {
    try {
      Path data = copyShipped();
      edit(data, file, from, to);
      DataException e = assertThrows(DataException.class, () -> DataLoader.load(data));
      assertEquals(file, e.problems().get(0).file(), e.getMessage());
      return e.problems().get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void edit(Path data, String file, String from, String to) throws IOException {
    Path p = data.resolve(file);
    String text = Files.readString(p, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), "fixture text not found in " + file + ": " + from);
    Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  private Path copyShipped() throws IOException {
    return dev.offereval.Folders.copy("data", Files.createTempDirectory(tmp, "copy"));
  }

}
