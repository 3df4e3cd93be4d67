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
    assertTrue(cli.out().contains(data.resolve("bands/twilio-data-engineer.yaml") + ":30:0: warning:"
        + " bands[0].stated-total-comp:"), cli.out());
    assertEquals(1, validate("--strict").exit());
  }

  @Test
  void aSyntaxErrorIsReportedAtItsPathAndLine() throws Exception {
    Folders.edit(rules.resolve("levers.drl"), "Expertise( area == \"cdp\", $e : evidence )", "Expertise( area == , $e )");
    Cli cli = validate();
    assertEquals(1, cli.exit());
    assertTrue(cli.out().startsWith(rules.resolve("levers.drl") + ":13:"), cli.out());
    assertTrue(cli.out().contains(": error: "), cli.out());
    assertTrue(!cli.out().contains("null Package"), cli.out());
  }

  @Test
  void anUnknownFactFieldIsReportedAtItsLineAndColumn() throws Exception {
    Folders.edit(rules.resolve("levers.drl"), "Expertise( area == \"streaming\"", "Expertise( areaa == \"streaming\"");
    Cli cli = validate();
    assertEquals(1, cli.exit());
    assertTrue(cli.out().startsWith(rules.resolve("levers.drl") + ":21:16: error: Unable to Analyse Expression areaa"),
        cli.out());
  }

  @Test
  void anUnknownLeverIdIsReportedAtItsLineAndColumn() throws Exception {
    Folders.edit(rules.resolve("levers.drl"), "new LeverApplied( \"ai-ml-data-infrastructure\"",
        "new LeverApplied( \"ai-ml-data-infra\"");
    Cli cli = validate();
    assertEquals(1, cli.exit());
    assertTrue(cli.out().startsWith(rules.resolve("levers.drl") + ":31:32: error: lever id \"ai-ml-data-infra\" is not in"),
        cli.out());
    assertTrue(cli.out().contains("warning: lever \"ai-ml-data-infrastructure\" is in the catalog but no rule applies it"),
        cli.out());
  }

  @Test
  void aDuplicateRuleNameInAnotherFileIsAnError() throws Exception {
    Files.writeString(rules.resolve("team-rules.drl"), """
        package dev.offereval.rules;
        import dev.offereval.model.*;

        rule "Streaming skills hold the real-time streaming lever"
        when
            Offer()
        then
        end
        """);
    Cli cli = validate();
    assertEquals(1, cli.exit());
    assertTrue(cli.out().startsWith(rules.resolve("team-rules.drl") + ":4:6: error: duplicate rule name \"Streaming"
        + " skills hold the real-time streaming lever\", already used at levers.drl:19\n"), cli.out());
    assertEquals(1, cli.out().lines().filter(l -> l.contains("uplicate rule name")).count(), cli.out());
  }

  @Test
  void aPlaceholderNoRuleFillsIsAnError() throws Exception {
    Folders.edit(data.resolve("levers.yaml"), "My competing offer from {competingCompany}",
        "My competing offer from {competingCompany} ({competingLevel})");
    Cli cli = validate();
    assertEquals(1, cli.exit());
    assertTrue(cli.out().contains("error: lever \"competing-market-demand\" has placeholder {competingLevel} in its"
        + " talking point, but this rule does not fill it"), cli.out());
  }

  @Test
  void aPolicyKeyMissingFromDataIsAnError() throws Exception {
    Folders.edit(data.resolve("policy.yaml"), "key: band.stale-after-months", "key: band.stale-months");
    Cli cli = validate();
    assertEquals(1, cli.exit());
    assertTrue(cli.out().contains("error: policy key \"band.stale-after-months\" is not in"), cli.out());
  }
}
