package dev.offereval.engine.internal;

import dev.offereval.engine.RuleProblem;
import dev.offereval.model.DataException;
import dev.offereval.io.DataLoader;
import dev.offereval.model.DataIssue;
import dev.offereval.model.internal.LevelClass;
import dev.offereval.model.internal.ReferenceData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything {@code offer-eval validate} checks: the rules compile, the data loads, and the links
 * between them hold. Problems come back as {@code path:line:column: severity: message}, errors
 * first, then warnings, then what is only told ({@code info}: levels equivalent through a chain of
 * two or more sources' mappings, each step with its line and source).
 */
public final class Validator {
  /** What a problem can be, in the order they are listed: an info line is not a problem, only told. */
  private static final List<String> SEVERITIES = List.of("error", "warning", "info");

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
      // not a problem: which levels are equivalent only through another source's mapping, and how
      Set<LevelClass> classes = new LinkedHashSet<>();
      data.levels().forEach(l -> classes.add(l.group()));
      for (LevelClass c : classes) {
        for (String join : c.joins()) {
          problems.add(new RuleProblem(dataDir.resolve("levels.yaml").toString(), c.mappings().get(0).line(), 1, "info",
              "levels equivalent through more than one mapping: " + join));
        }
      }
      try {
        problems.addAll(RuleDataLinks.check(rulesDir, RuleCompiler.ruleFiles(rulesDir), data, dataDir));
      } catch (IOException e) {
        problems.add(new RuleProblem(rulesDir.toString(), 0, 0, "error", "cannot read: " + e.getMessage()));
      }
    }
    return problems.stream().distinct()
        .sorted(Comparator.comparingInt((RuleProblem p) -> SEVERITIES.indexOf(p.severity()))
            .thenComparing(RuleProblem::file).thenComparingInt(RuleProblem::line))
        .toList();
  }

  private static RuleProblem dataProblem(Path dataDir, DataIssue i, String severity) {
    String message = (i.field() == null || i.field().isEmpty() ? "" : i.field() + ": ") + i.message();
    return new RuleProblem(dataDir.resolve(i.file()).toString(), i.line(), i.column(), severity, message);
  }
}
