package dev.offereval.cli;

import dev.offereval.store.Negotiation;
import dev.offereval.store.NegotiationException;
import dev.offereval.store.NegotiationJson;
import dev.offereval.store.Negotiations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offer-eval negotiation import FILE}: a negotiation that export wrote, stored under a new id. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    header = "Read a negotiation that export wrote and store it, rounds and times as they were, under a new id.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:imported",
      "2:a file that cannot be read or is not an export (nothing stored), a bad flag, "
          + "or a database that cannot be opened",
      "3:an internal error in offer-eval"
    })
public final class NegotiationImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A file that negotiation export wrote.")
  Path file;

  @Mixin DbOption db = new DbOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("offer-eval: " + file + ": file not found");
      err.flush();
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("offer-eval: " + file + ": cannot be read: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    try (Negotiations negotiations = db.open()) {
      Negotiation n;
      try {
        n = NegotiationJson.read(text);
      } catch (NegotiationException e) {
        throw new NegotiationException(file + ": " + e.getMessage());
      }
      long id = negotiations.restore(List.of(n)).get(0);
      out.println("imported negotiation " + id + " (" + n.company() + ", " + n.role() + ", " + n.rounds().size()
          + (n.rounds().size() == 1 ? " round" : " rounds") + ") from " + file + ", where it was negotiation "
          + n.id());
      out.flush();
      return ExitCodes.OK;
    } catch (NegotiationException e) {
      return NegotiationCommand.failed(e, err);
    }
  }
}
