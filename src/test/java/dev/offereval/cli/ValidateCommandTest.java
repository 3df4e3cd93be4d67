package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `offer-eval validate` on copies of the shipped folders, broken one way at a time. */
class ValidateCommandTest {
  @TempDir Path tmp;
  Path rules;
  Path data;

  @BeforeEach
  void copy() throws Exception {
    rules = Folders.copy("rules", tmp);
    data = Folders.copy("data", tmp);
  }

  private Cli validate(String... more) {
    String[] args = new String[3 + 2 + more.length];
    args[0] = "validate";
    args[1] = "--rules";
    args[2] = rules.toString();
    args[3] = "--data";
    args[4] = data.toString();
    System.arraycopy(more, 0, args, 5, more.length);
    return Cli.run(args);
  }

  @Test
  void shippedFilesHaveNoErrorsButTheSourcesTotalCompWarnings() {
    Cli cli = validate();
    assertEquals(0, cli.exit(), cli.out());
    assertTrue(cli.out().endsWith("0 errors, 3 warnings in " + rules + " and " + data + "\n"), cli.out());
    assertTrue(cli.out().contains(data.resolve("bands/twilio-data-engineer.yaml") + ":25:5: warning:"
        + " bands[0].stated-total-comp:"), cli.out());
    assertTrue(!cli.out().contains(": info: "), "one guide's levels need no chain: " + cli.out());
    assertEquals(1, validate("--strict").exit());
  }

  @Test
  void aSyntaxErrorIsReportedAtItsPathAndLine() throws Exception {
    Folders.edit(rules.resolve("levers.drl"), "Policy( $n : comparisonView, $premium : marketDemandMinPremiumPct )",
        "Policy( $n : comparisonView, $premium : )");
    Cli cli = validate();
    assertEquals(1, cli.exit());
    assertTrue(cli.out().startsWith(rules.resolve("levers.drl") + ":17:"), cli.out());
    assertTrue(cli.out().contains(": error: "), cli.out());
    assertTrue(!cli.out().contains("null Package"), cli.out());
  }

  @Test
  void anUnknownFactFieldIsReportedAtItsLineAndColumn() throws Exception {
    Folders.edit(rules.resolve("data-levers.drl"), "$o : subject.offer )", "$o : subject.offerr )");
    Cli cli = validate();
    assertEquals(1, cli.exit());
    assertTrue(cli.out().startsWith(rules.resolve("data-levers.drl") + ":23:50: error: Unable to Analyse Expression"),
        cli.out());
    assertTrue(cli.out().lines().findFirst().orElseThrow().contains("offerr"), cli.out());
  }

  @Test
  void anUnknownLeverIdIsReportedAtItsLineAndColumn() throws Exception {
    Folders.edit(rules.resolve("levers.drl"), "new LeverApplied( $s, \"competing-market-demand\"",
        "new LeverApplied( $s, \"competing-market-demnd\"");
    Cli cli = validate();
    assertEquals(1, cli.exit());
    assertTrue(cli.out().startsWith(rules.resolve("levers.drl") + ":39:43: error: lever id \"competing-market-demnd\" is"
        + " not in"), cli.out());
    // the catalog entry nothing applies now is reported at its own line and column, as a warning
    assertTrue(cli.out().contains(data.resolve("levers.yaml") + ":61:5: warning: lever \"competing-market-demand\" is in"
        + " the catalog but nothing applies it: give it applies-when (the skills it needs) or a rule that inserts new"
        + " LeverApplied( $s, \"competing-market-demand\", ... ); until then it never applies\n"), cli.out());
  }

  @Test
  void aDuplicateRuleNameInAnotherFileIsAnError() throws Exception {
    Files.writeString(rules.resolve("team-rules.drl"), """
        package dev.offereval.rules;
        import dev.offereval.model.*; import dev.offereval.model.internal.*;

        rule "A data-platform peer's competing offer above this offer holds the market demand lever"
        when
            Subject()
        then
        end
        """);
    Cli cli = validate();
    assertEquals(1, cli.exit());
    assertTrue(cli.out().startsWith(rules.resolve("team-rules.drl") + ":4:6: error: duplicate rule name \"A data-platform"
        + " peer's competing offer above this offer holds the market demand lever\", already used at levers.drl:15\n"),
        cli.out());
    assertEquals(1, cli.out().lines().filter(l -> l.contains("uplicate rule name")).count(), cli.out());
  }

  @Test
  void aPlaceholderNoRuleFillsIsAnError() throws Exception {
    Folders.edit(data.resolve("levers.yaml"), "My competing offer from {competingCompany}",
        "My competing offer from {competingCompany} ({competingLevel})");
    Cli cli = validate();
    assertEquals(1, cli.exit());
    // at the rule's LeverApplied, naming the rule and the catalog entry (not the blank line above the rule)
    assertTrue(cli.out().startsWith(rules.resolve("levers.drl") + ":39:20: error: rule \"A data-platform peer's competing"
        + " offer above this offer holds the market demand lever\" applies lever \"competing-market-demand\" ("
        + data + "/levers.yaml:61), whose talking point uses {competingLevel}; the rule does not fill it (put"
        + " \"competingLevel\" in its Map.of( ... ))\n"), cli.out());
  }

  @Test
  void aMessageCodeThatMessagesYamlDoesNotWordIsAnErrorAtItsLineAndColumn() throws Exception {
    Folders.edit(rules.resolve("currency.drl"), "\"offer-converted\"", "\"offer-convertd\"");
    Cli cli = validate();
    assertEquals(1, cli.exit(), cli.out());
    assertTrue(cli.out().startsWith(rules.resolve("currency.drl") + ":66:45: error: message \"offer-convertd\" is not in "
        + data + "/messages.yaml; the rule's notice would have no words\n"), cli.out());
  }

  @Test
  void aScriptPlaceholderTheRendererDoesNotFillIsAnErrorAtTheScriptsLine() throws Exception {
    Folders.edit(data.resolve("scripts.yaml"), "I'm excited about the {role} role at {company}[[, and I bring",
        "I'm excited about the {role} role at {companyName}[[, and I bring");
    Cli cli = validate();
    assertEquals(1, cli.exit(), cli.out());
    assertTrue(cli.out().startsWith(data + "/scripts.yaml:52:5: error: script \"negotiate-up-expertise\" has placeholder"
        + " {companyName}, which nothing fills (known: anchorCompany, askLevel, cappedBase,"), cli.out());
  }

  @Test
  void aPolicyKeyTheCodeDoesNotKnowIsAnErrorAtItsLine() throws Exception {
    Folders.edit(data.resolve("policy.yaml"), "key: band.stale-after-months", "key: band.stale-months");
    Cli cli = validate();
    assertEquals(1, cli.exit(), cli.out());
    assertTrue(cli.out().contains("policy.yaml:41:"), cli.out());
    assertTrue(cli.out().contains("numbers[5].key: \"band.stale-months\" is not a policy number (known:"), cli.out());
  }

  @Test
  void aPolicyNumberOutOfItsRangeIsAnErrorAtItsLineNotARunOfErrorRows() throws Exception {
    Folders.edit(data.resolve("policy.yaml"), "key: comparison.average-over-years\n    value: 4",
        "key: comparison.average-over-years\n    value: 5");
    Cli cli = validate();
    assertEquals(1, cli.exit(), cli.out());
    assertTrue(cli.out().contains("policy.yaml:12:"), cli.out());
    assertTrue(cli.out().contains("numbers[1].value: comparison.average-over-years must be a whole number from 1 to 4"
        + " (the years a package is laid out over), got 5"), cli.out());
    Cli evaluate = Cli.run("evaluate", "data/offers/sample-offers.csv", "--data", data.toString(), "-q");
    assertEquals(2, evaluate.exit(), evaluate.out());
  }

  @Test
  void aChainOfLevelMappingsThatMakesTwoOfACompanysLevelsEquivalentIsAnErrorNamingEachSourceLine() throws Exception {
    // synthetic: a second guide's mapping line that puts Meta E3 beside Google L4
    addGroup("example-analytics-a3", "company: Meta, level: E3", "company: Google, level: L4");
    Cli cli = validate();
    assertEquals(1, cli.exit(), cli.out());
    assertTrue(cli.out().startsWith(data.resolve("levels.yaml") + ":20:9: error: groups[1].levels[1]: contradiction:"
        + " Google L3 and Google L4 would be equivalent, as Google L3 = Meta E3 (levels.yaml:8, Data Engineer | Twilio"
        + " Global Negotiation Guide: Level Mapping (000_89e5badf11359f5c.txt:18)) = Google L4 (levels.yaml:16,"
        + " Synthetic guide: Level Mapping (example-analytics.md:14)); a company's own levels are never equivalent to"
        + " each other, so one of these mappings is wrong\n"), cli.out());
  }

  @Test
  void aLevelTwoGroupsShareJoinsThemWithoutAnError() throws Exception {
    // near miss of the above: the second guide maps its own level beside Google L3, as the first does
    addGroup("example-analytics-a2", "company: Example Analytics, level: A2", "company: Google, level: L3");
    Cli cli = validate();
    assertEquals(0, cli.exit(), cli.out());
    assertTrue(cli.out().endsWith("0 errors, 3 warnings in " + rules + " and " + data + "\n"), cli.out());
    // and says how the two guides' levels became equivalent, each step with its line and source
    assertTrue(cli.out().contains(data.resolve("levels.yaml") + ":8:1: info: levels equivalent through more than one"
        + " mapping: Twilio L2 = Google L3 (levels.yaml:8, Data Engineer | Twilio Global Negotiation Guide: Level"
        + " Mapping (000_89e5badf11359f5c.txt:18)) = Example Analytics A2 (levels.yaml:16, Synthetic guide: Level"
        + " Mapping (example-analytics.md:14))\n"), cli.out());
    assertEquals(1, cli.out().lines().filter(l -> l.contains(": info: ")).count(), cli.out());
  }

  /** Appends to levels.yaml a (synthetic) guide's group of two levels, after the shipped group. */
  private void addGroup(String id, String first, String second) throws Exception {
    Folders.edit(data.resolve("levels.yaml"), "      - { company: Databricks, level: IC2 }\n",
        "      - { company: Databricks, level: IC2 }\n  - id: " + id + "\n"
            + "    source: \"Synthetic guide: Level Mapping (example-analytics.md:14)\"\n    levels:\n"
            + "      - { " + first + " }\n      - { " + second + " }\n");
  }
}
