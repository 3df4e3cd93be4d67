package dev.offereval.cli;

import dev.offereval.engine.RuleProblem;
import dev.offereval.engine.internal.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offer-eval validate}: compile the rules, load the data, check the links between them. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Check that the rules compile, the data loads and they fit together.",
    description = {
      "Compiles every rule file, loads all data and checks the links between them: lever ids the rules use exist",
      "in levers.yaml, every lever in the catalog has a rule, every placeholder in a talking point or script is one",
      "the rules fill, policy keys the rules read exist, and rule names are unique across files.",
      "Each problem prints once as path:line:column: severity: message (line and column 1-based; 0 when the place",
      "is not known).",
      "Errors: a rule that does not compile (a missing end is named as such), data that does not load, a lever id",
      "a rule uses that the catalog lacks, a placeholder no rule fills, a policy number the code does not know or outside its range, a duplicate",
      "rule name.",
      "Warnings: a catalog lever nothing applies (no applies-when and no rule), a stated total comp that differs",
      "from its components.",
      "Info: levels equivalent only through a chain of two or more sources' level mappings, each step with its",
      "levels.yaml line and source (two guides that both map a level to Google L3).",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  no errors (warnings, such as a stated total comp that differs from its components, are allowed)",
      "  1  errors, or warnings with --strict"
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RulesAndData rulesAndData = new RulesAndData();

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path r = rulesAndData.rulesDir();
    Path d = rulesAndData.dataDir();
    List<RuleProblem> problems = Validator.validate(r, d);
    problems.forEach(out::println);
    long errors = problems.stream().filter(p -> p.severity().equals("error")).count();
    long warnings = problems.stream().filter(p -> p.severity().equals("warning")).count();
    out.println(errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s")
        + " in " + r + " and " + d);
    out.flush();
    return errors > 0 || (strict && warnings > 0) ? ExitCodes.ROWS_FAILED : ExitCodes.OK;
  }
}
