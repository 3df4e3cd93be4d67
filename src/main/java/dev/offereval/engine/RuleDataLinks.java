package dev.offereval.engine;

import dev.offereval.model.Lever;
import dev.offereval.model.PolicyNumber;
import dev.offereval.model.ReferenceData;
import dev.offereval.model.ScriptTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the links between rules and data that neither the DRL compiler nor the YAML loader can
 * see: lever ids the rules insert, levers no rule applies, placeholders no rule fills, policy keys
 * the rules read. It reads the DRL text, so it follows the conventions the shipped rules use: a
 * lever is applied with {@code new LeverApplied( "id", ... )}, its placeholder values are quoted
 * names in the same rule, and a policy number is read with {@code key == "name"}.
 */
final class RuleDataLinks {
  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(\"[^\"]+\"|'[^']+'|\\S+)");
  private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");
  private static final Pattern LEVER = Pattern.compile("new\\s+LeverApplied\\s*\\(\\s*\"([^\"]*)\"");
  private static final Pattern POLICY_KEY = Pattern.compile("PolicyNumber\\s*\\(\\s*key\\s*==\\s*\"([^\"]*)\"");
  private static final Pattern QUOTED = Pattern.compile("\"([A-Za-z][A-Za-z0-9]*)\"");

  private RuleDataLinks() {}

  /** One rule's text with where it starts. */
  private record RuleText(String file, int line, String text) {}

  static List<RuleProblem> check(Path rulesDir, List<Path> ruleFiles, ReferenceData data, String dataName)
      throws IOException {
    List<RuleProblem> problems = new ArrayList<>();
    List<RuleText> rules = new ArrayList<>();
    StringBuilder allText = new StringBuilder();
    for (Path f : ruleFiles) {
      String text = Files.readString(f);
      allText.append(text).append('\n');
      rules.addAll(split(f.toString(), text));
    }
    Map<String, Lever> catalog = new LinkedHashMap<>();
    data.levers().forEach(l -> catalog.put(l.id(), l));
    Map<String, List<RuleText>> applying = new LinkedHashMap<>();
    for (RuleText r : rules) {
      Matcher m = LEVER.matcher(r.text());
      while (m.find()) {
        String id = m.group(1);
        int[] at = lineColumn(r, m.start(1));
        if (!catalog.containsKey(id)) {
          problems.add(new RuleProblem(r.file(), at[0], at[1], "error",
              "lever id \"" + id + "\" is not in " + dataName + "/levers.yaml (known: "
                  + String.join(", ", catalog.keySet()) + ")"));
        } else {
          applying.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
        }
      }
      Matcher p = POLICY_KEY.matcher(r.text());
      Set<String> keys = data.policyNumbers().stream().map(PolicyNumber::key).collect(Collectors.toSet());
      while (p.find()) {
        if (!keys.contains(p.group(1))) {
          int[] at = lineColumn(r, p.start(1));
          problems.add(new RuleProblem(r.file(), at[0], at[1], "error",
              "policy key \"" + p.group(1) + "\" is not in " + dataName + "/policy.yaml; the rule can never fire"));
        }
      }
    }
    String levers = dataName + "/levers.yaml";
    for (Lever lever : catalog.values()) {
      List<RuleText> by = applying.get(lever.id());
      if (by == null) {
        problems.add(new RuleProblem(levers, 0, 0, "warning",
            "lever \"" + lever.id() + "\" is in the catalog but no rule applies it"));
        continue;
      }
      for (String placeholder : Templates.placeholders(lever.talkingPoint())) {
        for (RuleText r : by) {
          if (!quotedNames(r.text()).contains(placeholder)) {
            problems.add(new RuleProblem(r.file(), r.line(), 0, "error",
                "lever \"" + lever.id() + "\" has placeholder {" + placeholder + "} in its talking point, but this"
                    + " rule does not fill it"));
          }
        }
      }
    }
    Set<String> anywhere = quotedNames(allText.toString());
    for (ScriptTemplate t : data.scripts()) {
      for (String placeholder : Templates.placeholders(t.text())) {
        if (!anywhere.contains(placeholder)) {
          problems.add(new RuleProblem(dataName + "/scripts.yaml", 0, 0, "error",
              "script \"" + t.id() + "\" has placeholder {" + placeholder + "}, which no rule fills"));
        }
      }
    }
    return problems;
  }

  private static Set<String> quotedNames(String text) {
    Matcher m = QUOTED.matcher(text);
    Set<String> out = new java.util.HashSet<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static List<RuleText> split(String file, String text) {
    List<RuleText> out = new ArrayList<>();
    Matcher m = RULE.matcher(text);
    while (m.find()) {
      Matcher end = END.matcher(text);
      int stop = end.find(m.end()) ? end.end() : text.length();
      int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      out.add(new RuleText(file, line, text.substring(m.start(), stop)));
    }
    return out;
  }

  /** 1-based line and column in the file of an offset into a rule's text. */
  private static int[] lineColumn(RuleText r, int offset) {
    String before = r.text().substring(0, offset);
    int lines = (int) before.chars().filter(c -> c == '\n').count();
    int column = offset - before.lastIndexOf('\n');
    return new int[] {r.line() + lines, column};
  }
}
