package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher's command line: the subcommand named alone, every one otherwise. */
class OfferEvalCommandTest {
  private static final List<String> ALL = List.of("evaluate", "offer", "validate", "test", "watch", "bench", "serve",
      "import-guide", "bands-from", "catalog", "negotiation", "help");

  private static List<String> subcommands(String... args) {
    return List.copyOf(OfferEvalCommand.commandLine(args).getSubcommands().keySet());
  }

  @Test
  void aCommandNamedFirstIsTheOnlyOneBuilt() {
    assertEquals(List.of("offer"), subcommands("offer", "--company", "Twilio"));
    assertEquals(List.of("bands-from"), subcommands("bands-from", "records.csv"));
  }

  @Test
  void nearMissAnythingElseGetsEveryCommand() {
    assertEquals(ALL, subcommands());
    assertEquals(ALL, subcommands("help", "offer"));
    assertEquals(ALL, subcommands("--help"));
    assertEquals(ALL, subcommands("ofer"));
    assertEquals(ALL, List.copyOf(OfferEvalCommand.commandLine().getSubcommands().keySet()));
  }

  @Test
  void aMisspeltCommandIsAnsweredWithTheNamesItCouldBe() {
    var out = new java.io.StringWriter();
    var cl = OfferEvalCommand.commandLine(new String[] {"ofer"});
    cl.setErr(new java.io.PrintWriter(out));
    assertEquals(2, cl.execute("ofer"));
    assertTrue(List.of(out.toString().split("[^a-z-]+")).contains("offer"), out.toString());
  }

  @Test
  void aBadFlagOfANegotiationCommandIsOneLineWhileOfferKeepsItsUsageHelp() {
    Cli negotiation = Cli.run("negotiation", "list", "--format", "json");
    assertEquals(2, negotiation.exit());
    assertEquals("offer-eval negotiation list: Unknown options: '--format', 'json' (see --help)\n", negotiation.err());
    // near miss: another command's bad flag is answered as before, with its usage
    Cli offer = Cli.run("offer", "--format", "yaml");
    assertEquals(2, offer.exit());
    assertTrue(offer.err().lines().count() > 5, offer.err());
    assertTrue(offer.err().contains("Usage: offer-eval offer"), offer.err());
  }
}
