package dev.offereval.cli;

import dev.offereval.io.DataChanges;
import dev.offereval.io.guide.Guide;
import dev.offereval.io.guide.GuideException;
import dev.offereval.io.guide.GuideImporter;
import dev.offereval.io.guide.GuideParser;
import dev.offereval.io.guide.GuideProblem;
import dev.offereval.io.guide.GuideText;
import dev.offereval.io.guide.LineDiff;
import dev.offereval.model.DataIssue;
import dev.offereval.model.internal.ReferenceData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code offer-eval import-guide}: read negotiation guides into the data folder's YAML. */
@Command(
    name = "import-guide",
    mixinStandardHelpOptions = true,
    header = "Read negotiation guides into the data folder: bands, regions, levels, levers and scripts.",
    description = {
      "Reads each guide (### Role | Company Global Negotiation Guide, its region table, level mapping, company"
          + " lever, global levers, negotiate-up strategy and sources; clean UTF-8 or double-encoded) and writes or"
          + " updates bands/<company>-<role>.yaml, names.yaml, levels.yaml, levers.yaml and scripts.yaml. Entries it"
          + " does not change keep their text: importing a guide twice changes nothing. A new lever gets applies-when"
          + " proposed from its words, or none: it then stays inactive until an author adds it.",
      "Currency symbols: $ is USD; CA$ C$ A$ AU$ NZ$ S$ HK$ MX$ US$ £ € ₹ as written; or an ISO code before the"
          + " figure (JPY 150K). A guide that cannot be read is reported as guide:line: what and why, and nothing of"
          + " it is written.",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every guide imported (or, with --dry-run, would be)",
      "  1  a guide could not be read, or the data would not load after importing it; nothing of it is written",
      "  2  bad usage, an unreadable file, or a data folder that does not load"
    })
public final class ImportGuideCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "GUIDE", arity = "1..*", description = "Guide files (Markdown text).")
  List<Path> guides;

  @Option(names = "--data", paramLabel = "DIR", description = "The data folder to update. Default: ./data.")
  Path data = Path.of("data");

  @Option(names = "--dry-run", description = "Print the changes as a diff and write nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    return Flushed.call(spec, this::run);
  }

  private int run(PrintWriter out, PrintWriter err) {
    ReferenceData reference = DataToUpdate.load(data, err, "guides cannot be imported into it");
    if (reference == null) {
      return ExitCodes.USAGE;
    }
    GuideImporter importer = new GuideImporter(data, reference.skillTags());
    boolean failed = false;
    for (Path file : guides) {
      String name = file.getFileName().toString();
      Guide guide;
      try {
        guide = GuideParser.parse(name, GuideText.decode(Files.readAllBytes(file)));
      } catch (CharacterCodingException e) {
        err.println(name + ":1: is not UTF-8 text");
        failed = true;
        continue;
      } catch (IOException e) {
        err.println("offer-eval: cannot read " + file + ": " + e.getMessage());
        return ExitCodes.USAGE;
      } catch (GuideException e) {
        e.problems().forEach(p -> err.println(p));
        err.println(name + ": not imported (" + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s")
            + "); nothing of it is written");
        failed = true;
        continue;
      }
      Map<String, String> before = importer.snapshot();
      try {
        List<String> report = importer.apply(guide);
        List<DataIssue> problems = DataChanges.problems(data, importer.changed());
        if (!problems.isEmpty()) {
          problems.forEach(i -> err.println(name + ": the data would not load after importing it: " + i));
          importer.restore(before);
          failed = true;
          continue;
        }
        out.println(name + ": " + guide.title() + ", as of " + guide.asOf() + "; read as " + guide.encoding());
        report.forEach(out::println);
      } catch (GuideException e) {
        e.problems().forEach((GuideProblem p) -> err.println(p));
        failed = true;
      } catch (IOException e) {
        err.println("offer-eval: " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    Map<String, String> changed = importer.changed();
    if (dryRun) {
      for (Map.Entry<String, String> e : changed.entrySet()) {
        out.print(LineDiff.unified(e.getKey(), importer.before(e.getKey()), e.getValue()));
      }
      out.println(changed.isEmpty() ? "--dry-run: no change" : "--dry-run: " + changed.size() + " file"
          + (changed.size() == 1 ? "" : "s") + " would change; nothing written");
    } else {
      try {
        importer.write();
      } catch (IOException e) {
        err.println("offer-eval: cannot write " + data + ": " + e.getMessage());
        return ExitCodes.USAGE;
      }
      out.println(changed.isEmpty() ? "no change in " + data : "wrote " + String.join(", ", changed.keySet())
          + " in " + data);
    }
    return failed ? ExitCodes.ROWS_FAILED : ExitCodes.OK;
  }
}
