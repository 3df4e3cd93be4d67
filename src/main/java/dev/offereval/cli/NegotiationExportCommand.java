package dev.offereval.cli;

import dev.offereval.store.NegotiationException;
import dev.offereval.store.NegotiationJson;
import dev.offereval.store.Negotiations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offer-eval negotiation export ID}: a negotiation as JSON, for import elsewhere. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    header = "Write a negotiation, every round of it, as JSON (import reads it back).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "2:an unknown id, a bad flag, a file that cannot be written, or a database that cannot be opened",
      "3:an internal error in offer-eval"
    })
public final class NegotiationExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The negotiation.")
  long id;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Mixin DbOption db = new DbOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Negotiations negotiations = db.open()) {
      String json = NegotiationJson.write(negotiations.get(id));
      if (output == null) {
        out.print(json);
        out.flush();
      } else {
        Files.writeString(output, json, StandardCharsets.UTF_8);
      }
      return ExitCodes.OK;
    } catch (NegotiationException e) {
      return NegotiationCommand.failed(e, err);
    } catch (IOException e) {
      err.println("offer-eval: " + output + ": cannot be written: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
  }
}
