package dev.offereval.engine.internal;

import dev.offereval.engine.RulesException;
import dev.offereval.engine.RuleProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles the {@code *.drl} files of a rules folder with the classic DRL compiler, at run time.
 * Problems come back with file, line and column; the parser's follow-on "Parser returned a null
 * Package" noise is dropped.
 */
public final class RuleCompiler {
  private static final Pattern LINE_COLUMN = Pattern.compile("[Ll]ine (\\d+):(\\d+)");

  private RuleCompiler() {}

  /** The {@code *.drl} files directly in {@code rulesDir}, by name. */
  public static List<Path> ruleFiles(Path rulesDir) throws IOException {
    try (Stream<Path> s = Files.list(rulesDir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    }
  }

  /** Compiles the folder, or throws with every problem. */
  public static KieBase compile(Path rulesDir) throws RulesException {
    return compile(rulesDir, null);
  }

  /**
   * Compiles the folder, or throws with every problem; with a cache, rule files compiled before
   * (the same names and bytes, by this same build) are read back instead, and new ones are stored.
   *
   * @param rulesDir the folder of {@code *.drl} files
   * @param cache compiled rules kept between runs, or null for none
   * @return the compiled rules
   * @throws RulesException with every problem when they do not compile
   */
  public static KieBase compile(Path rulesDir, CompiledRulesCache cache) throws RulesException {
    String key = null;
    if (cache != null) {
      try {
        key = CompiledRulesCache.key(ruleFiles(rulesDir));
        KieBase cached = cache.load(key);
        if (cached != null) {
          return cached;
        }
      } catch (IOException | RuntimeException e) {
        key = null; // unreadable folder: the build below reports it
      }
    }
    Build build = build(rulesDir);
    if (build.base() == null) {
      throw new RulesException(build.problems());
    }
    if (key != null) {
      cache.store(key, build.base());
    }
    return build.base();
  }

  /** What compiling a rules folder gave: the base (null when there is any error) and every problem. */
  public record Build(KieBase base, List<RuleProblem> problems) {}

  /** Compiles without throwing: the base when there is no error, and all errors and warnings. */
  public static Build build(Path rulesDir) {
    if (!Files.isDirectory(rulesDir)) {
      return failed(rulesDir, "rules folder not found");
    }
    List<Path> files;
    try {
      files = ruleFiles(rulesDir);
    } catch (IOException e) {
      return failed(rulesDir, "cannot list: " + e.getMessage());
    }
    if (files.isEmpty()) {
      return failed(rulesDir, "no .drl files");
    }
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    List<RuleProblem> problems = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      try {
        Resource resource = ResourceFactory.newByteArrayResource(Files.readAllBytes(file)).setSourcePath(name);
        builder.add(resource, ResourceType.DRL);
      } catch (IOException e) {
        problems.add(new RuleProblem(name, 0, 0, "error", "cannot read: " + e.getMessage()));
      }
    }
    for (KnowledgeBuilderResult r : builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
      if (r.getMessage() != null && (r.getMessage().contains("Parser returned a null Package")
          || r.getMessage().startsWith("Duplicate rule name"))) {
        continue; // noise after a parse error; duplicates are reported below with both places
      }
      problems.add(problem(r));
    }
    problems = missingEnds(files, problems);
    problems.addAll(duplicateRuleNames(files));
    problems = problems.stream().distinct().map(p -> withColumn(p, rulesDir)).toList();
    boolean failed = problems.stream().anyMatch(p -> p.severity().equals("error"));
    if (!failed) {
      // rules that compile must also keep each offer to itself, or a session of many offers mixes them
      try {
        List<RuleProblem> untied = OfferJoins.check(files);
        if (!untied.isEmpty()) {
          problems = new ArrayList<>(problems);
          problems.addAll(untied);
          failed = true;
        }
      } catch (IOException e) {
        return failed(rulesDir, "cannot read: " + e.getMessage());
      }
    }
    return new Build(failed ? null : builder.newKieBase(), problems);
  }

  private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):");
  private static final Pattern MEMBER = Pattern.compile("\\.(\\w+)\\(\\)\\]");

  /**
   * Drools reports column 0 for most semantic errors; recover it from the expression or member the
   * message quotes, found on the reported line.
   */
  private static RuleProblem withColumn(RuleProblem p, Path rulesDir) {
    if (p.column() > 0 || p.line() <= 0) {
      return p;
    }
    try {
      List<String> lines = Files.readAllLines(rulesDir.resolve(p.file()));
      if (p.line() > lines.size()) {
        return p;
      }
      String text = lines.get(p.line() - 1);
      for (Pattern pattern : List.of(MEMBER, EXPRESSION)) {
        Matcher m = pattern.matcher(p.message());
        if (m.find()) {
          int at = text.indexOf(m.group(1).strip());
          if (at >= 0) {
            return new RuleProblem(p.file(), p.line(), at + 1, p.severity(), p.message());
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // keep column 0: the place is still right to the line
    }
    return p;
  }

  private static Build failed(Path rulesDir, String message) {
    return new Build(null, List.of(new RuleProblem(rulesDir.toString(), 0, 0, "error", message)));
  }

  private static RuleProblem problem(KnowledgeBuilderResult r) {
    String file = r.getResource() == null || r.getResource().getSourcePath() == null
        ? "rules" : r.getResource().getSourcePath();
    int[] lines = r.getLines();
    int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
    int column = 0;
    String message = r.getMessage() == null ? "" : r.getMessage().strip().replaceAll("\\s+", " ");
    int near = message.indexOf(" [Near : {");
    if (near > 0) {
      message = message.substring(0, near);
    }
    Matcher m = LINE_COLUMN.matcher(message);
    if (m.find()) {
      line = line > 0 ? line : Integer.parseInt(m.group(1));
      column = Integer.parseInt(m.group(2));
    }
    String severity = r.getSeverity() == ResultSeverity.ERROR ? "error" : "warning";
    return new RuleProblem(file, line, column, severity, message);
  }

  private static final Pattern END_LINE = Pattern.compile("^\\s*end\\s*(//.*)?$");

  /**
   * A rule without its {@code end} makes the parser run on into the next rule or the end of the
   * file and report {@code [ERR 102] mismatched input '<eof>'} there. Where a file has such a rule,
   * its parse errors give way to one that says so, at the rule's {@code rule} keyword.
   */
  static List<RuleProblem> missingEnds(List<Path> files, List<RuleProblem> problems) {
    List<RuleProblem> out = new ArrayList<>(problems);
    for (Path file : files) {
      String name = file.getFileName().toString();
      List<String> lines;
      try {
        lines = Files.readAllLines(file);
      } catch (IOException e) {
        continue;
      }
      List<RuleProblem> found = new ArrayList<>();
      int open = -1;
      Matcher opened = null;
      for (int i = 0; i <= lines.size(); i++) {
        Matcher m = i < lines.size() ? RULE_NAME.matcher(lines.get(i)) : null;
        boolean rule = m != null && m.find();
        if ((rule || i == lines.size()) && open >= 0) {
          String ruleName = opened.group(2) != null ? opened.group(2) : opened.group(3) != null ? opened.group(3)
              : opened.group(4);
          found.add(new RuleProblem(name, open + 1, opened.start(1) - "rule ".length() + 1, "error",
              "missing `end` for rule \"" + ruleName + "\": it runs on into "
                  + (rule ? "the next rule at line " + (i + 1) : "the end of the file")
                  + "; close it with a line `end`"));
          open = -1;
        }
        if (rule) {
          open = i;
          opened = m;
        } else if (i < lines.size() && END_LINE.matcher(lines.get(i)).matches()) {
          open = -1;
        }
      }
      if (!found.isEmpty()) {
        out.removeIf(p -> p.file().equals(name) && p.severity().equals("error") && p.message().startsWith("[ERR 1"));
        out.addAll(found);
      }
    }
    return out;
  }

  private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+(\"([^\"]+)\"|'([^']+)'|(\\S+))");

  /**
   * Drools keeps only one of two rules with the same name in a package, silently. Names are
   * business sentences and must be unique across all files.
   */
  static List<RuleProblem> duplicateRuleNames(List<Path> files) {
    Map<String, String> seen = new LinkedHashMap<>();
    List<RuleProblem> problems = new ArrayList<>();
    for (Path file : files) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file);
      } catch (IOException e) {
        continue;
      }
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = RULE_NAME.matcher(lines.get(i));
        if (!m.find()) {
          continue;
        }
        String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        String here = file.getFileName() + ":" + (i + 1);
        String previous = seen.putIfAbsent(name, here);
        if (previous != null) {
          problems.add(new RuleProblem(file.getFileName().toString(), i + 1, m.start(1) + 1, "error",
              "duplicate rule name \"" + name + "\", already used at " + previous));
        }
      }
    }
    return problems;
  }

  /** The names of all rules in a compiled base, sorted. */
  public static List<String> ruleNames(KieBase base) {
    List<String> names = new ArrayList<>();
    for (KiePackage p : base.getKiePackages()) {
      for (Rule r : p.getRules()) {
        names.add(r.getName());
      }
    }
    names.sort(null);
    return names;
  }
}
