package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.internal.ScenarioRunner;
import dev.offereval.model.DataException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offer-eval test [DIR]}: runs rule scenarios. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    header = "Run the rule scenarios and report N passed, M failed.",
    description = {
      "Runs the rule scenarios in DIR (default: the rules folder's scenarios/) through the real rules and data,",
      "prints PASS or FAIL per scenario with expected against actual for each failure, lists any rule no",
      "scenario fired, and ends with a line 'N passed, M failed'. docs/authoring.md describes the file format.",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every scenario passed",
      "  1  a scenario failed",
      "  2  a scenario file, the rules or the data could not be read"
    })
public final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Folder of scenario YAML files.")
  Path dir;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Date for scenarios that give none. Default: today.")
  java.time.LocalDate asOf;

  @Mixin RulesAndData rulesAndData = new RulesAndData();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OfferEvaluator evaluator = rulesAndData.loadOrReport(err);
    if (evaluator == null) {
      return ExitCodes.USAGE;
    }
    Path scenarios = dir != null ? dir : evaluator.rulesDir().resolve("scenarios");
    if (!Files.isDirectory(scenarios)) {
      err.println("offer-eval: no scenario folder at " + scenarios);
      err.flush();
      return ExitCodes.USAGE;
    }
    ScenarioRunner runner = new ScenarioRunner(evaluator, asOf != null ? asOf : java.time.LocalDate.now());
    List<ScenarioRunner.Outcome> outcomes;
    try {
      outcomes = runner.run(scenarios);
    } catch (DataException e) {
      err.println("offer-eval: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("offer-eval: cannot read " + scenarios + ": " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    for (ScenarioRunner.Outcome o : outcomes) {
      out.println((o.passed() ? "PASS " : "FAIL ") + o.file() + ": " + o.name());
      for (String f : o.failures()) {
        out.println("       " + f);
      }
    }
    Set<String> never = runner.neverFired(outcomes);
    if (!never.isEmpty()) {
      out.println("rules no scenario fired (" + never.size() + "):");
      never.forEach(r -> out.println("       " + r));
    }
    long failed = outcomes.stream().filter(o -> !o.passed()).count();
    out.println((outcomes.size() - failed) + " passed, " + failed + " failed");
    out.flush();
    return failed > 0 ? ExitCodes.ROWS_FAILED : ExitCodes.OK;
  }
}
