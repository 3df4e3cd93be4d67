package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rule scenarios shipped in rules/scenarios pass, through `offer-eval test`, and fire every rule. */
class ShippedScenariosTest {

  @Test
  void shippedScenariosPassAndFireEveryShippedRule() {
    Cli cli = Cli.run("test");
    assertEquals(0, cli.exit(), cli.out() + cli.err());
    assertTrue(cli.out().matches("(?s).*\n\\d+ passed, 0 failed\n"), cli.out());
    assertFalse(cli.out().contains("rules no scenario fired"), cli.out());
  }

  @Test
  void aFailingScenarioShowsExpectedAgainstActualAndExitsOne() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("scenarios");
    java.nio.file.Files.writeString(dir.resolve("wrong.yaml"), """
        scenarios:
          - name: A deliberately wrong expectation
            as-of: 2026-11-23
            given: { company: Twilio, role: Data Engineer, level: L2, region: denver, base: 150000 }
            expect:
              status: NO_BAND
              levers: [cdp-pipeline-expertise]
              counter: { base: { min: 1, max: 2 } }
        """);
    Cli cli = Cli.run("test", dir.toString());
    assertEquals(1, cli.exit());
    assertTrue(cli.out().contains("FAIL " + dir.resolve("wrong.yaml") + ": A deliberately wrong expectation"), cli.out());
    assertTrue(cli.out().contains("status: expected NO_BAND, got OK"), cli.out());
    assertTrue(cli.out().contains("lever cdp-pipeline-expertise: expected present, got []"), cli.out());
    assertTrue(cli.out().contains("counter.base: expected between 1 and 2, got 160000"), cli.out());
    assertTrue(cli.out().endsWith("0 passed, 1 failed\n"), cli.out());
  }
}
