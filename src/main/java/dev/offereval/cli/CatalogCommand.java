package dev.offereval.cli;

import dev.offereval.io.Catalog;
import dev.offereval.io.CatalogText;
import dev.offereval.io.DataLoader;
import dev.offereval.model.DataException;
import dev.offereval.model.DataIssue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code offer-eval catalog}: what the data knows, and where each thing comes from. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    header = "List what the data knows: names, bands and equivalent levels, with where each comes from.",
    description = {
      "Lists the companies, roles, levels and regions the data knows, with the other names written for them"
          + " (names.yaml) and the files that name them; the bands, with their as-of dates and whether each is"
          + " stale on --as-of (policy band.stale-after-months), their file and line and their guide or sources;"
          + " and the classes of equivalent levels, each with the levels.yaml entries (and their guides' lines)"
          + " that make it. serve lists the same at /api/catalog.",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  the catalog is printed",
      "  2  bad usage, or data that does not load (each problem is printed at its file and line)"
    })
public final class CatalogCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder of YAML data. Default: ./data when it exists, else the bundled data.")
  Path data;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Judge the bands' staleness on this date. Default: today. Fix it to make a run reproducible.")
  LocalDate asOf;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RulesAndData folders = new RulesAndData();
    folders.data = data;
    Path dir = folders.dataDir();
    try {
      Catalog c = Catalog.of(DataLoader.load(dir), dir, dir.toString(), asOf != null ? asOf : LocalDate.now());
      out.print(format == Format.json ? c.jsonText() : CatalogText.of(c));
      return ExitCodes.OK;
    } catch (DataException e) {
      err.println("offer-eval: the data in " + dir + " does not load:");
      for (DataIssue i : e.problems()) {
        err.println("  " + i);
      }
      return ExitCodes.USAGE;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
