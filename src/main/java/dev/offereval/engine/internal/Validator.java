package dev.offereval.engine.internal;

import dev.offereval.engine.RuleProblem;
import dev.offereval.model.DataException;
import dev.offereval.io.DataLoader;
import dev.offereval.model.DataIssue;
import dev.offereval.model.internal.ReferenceData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything {@code offer-eval validate} checks: the rules compile, the data loads, and the links
 * between them hold. Problems come back as {@code path:line:column: severity: message}.
 */
public final class Validator {
  private Validator() {}

  public static List<RuleProblem> validate(Path rulesDir, Path dataDir) {
    List<RuleProblem> problems = new ArrayList<>();
    RuleCompiler.Build build = RuleCompiler.build(rulesDir);
    for (RuleProblem p : build.problems()) {
      String file = p.file().contains("/") || p.file().equals(rulesDir.toString()) ? p.file()
          : rulesDir.resolve(p.file()).toString();
      problems.add(new RuleProblem(file, p.line(), p.column(), p.severity(), p.message()));
    }
    ReferenceData data = null;
    try {
      data = DataLoader.load(dataDir);
      for (DataIssue w : data.warnings()) {
        problems.add(dataProblem(dataDir, w, "warning"));
      }
    } catch (DataException e) {
      for (DataIssue i : e.problems()) {
        problems.add(dataProblem(dataDir, i, "error"));
      }
    }
    if (data != null) {
      try {
        problems.addAll(RuleDataLinks.check(rulesDir, RuleCompiler.ruleFiles(rulesDir), data, dataDir));
      } catch (IOException e) {
        problems.add(new RuleProblem(rulesDir.toString(), 0, 0, "error", "cannot read: " + e.getMessage()));
      }
    }
    return problems.stream().distinct()
        .sorted(Comparator.comparing((RuleProblem p) -> !p.severity().equals("error"))
            .thenComparing(RuleProblem::file).thenComparingInt(RuleProblem::line))
        .toList();
  }

  private static RuleProblem dataProblem(Path dataDir, DataIssue i, String severity) {
    String message = (i.field() == null || i.field().isEmpty() ? "" : i.field() + ": ") + i.message();
    return new RuleProblem(dataDir.resolve(i.file()).toString(), i.line(), i.column(), severity, message);
  }
}
