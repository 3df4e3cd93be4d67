package dev.offereval.engine.internal;

import dev.offereval.engine.RuleProblem;
import dev.offereval.io.DataLoader;
import dev.offereval.model.internal.Lever;
import dev.offereval.model.internal.ReferenceData;
import dev.offereval.model.internal.ScriptTemplate;
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
 * see: lever ids the rules insert, levers no rule applies, placeholders nothing fills, message codes
 * that {@code data/messages.yaml} does not word. For levers and messages it reads the DRL text, so
 * it follows the conventions the shipped rules use: a lever is applied with {@code new
 * LeverApplied( $s, "id", ... )} and its placeholder values are quoted names in the same rule; a
 * message is said with {@code new Notice( $s, Severity.X, "code", ... )} or {@code Said.of( "code",
 * ... )}. A script's placeholders are filled after firing by {@link ScriptValues}, so they are
 * checked against the names it fills. (Policy
 * numbers are fields of the typed {@code Policy} fact: the compiler checks the names the rules read,
 * and loading checks the values.)
 */
public final class RuleDataLinks {
  // [ \t]*, not \s*: \s would also take the blank lines above the rule, and the rule's line with them
  private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+(\"([^\"]+)\"|'([^']+)'|(\\S+))");
  private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");
  private static final Pattern LEVER = Pattern.compile("new\\s+LeverApplied\\s*\\(\\s*(?:\\$\\w+\\s*,\\s*)?\"([^\"]*)\"");
  /** A message code a rule says: {@code new Notice( $s, Severity.INFO, "code"} or {@code Said.of( "code"}. */
  private static final Pattern MESSAGE = Pattern.compile("(?:Severity\\.[A-Z]+\\s*,\\s*|Said\\.of\\(\\s*)\"([^\"]*)\"");
  /** What a later round's script may use: {@link RoundScriptValues#FILLS}, the company and the role. */
  private static final Set<String> ROUND_FILLS = union(RoundScriptValues.FILLS, Set.of("company", "role"));
  private static final Pattern QUOTED = Pattern.compile("\"([A-Za-z][A-Za-z0-9]*)\"");

  private RuleDataLinks() {}

  /** One rule's text with its name and where it starts. */
  private record RuleText(String file, int line, String name, String text) {}

  /** The placeholders the generic rules of data-levers.drl fill for a lever from data. */
  static final Set<String> DATA_LEVER_VALUES = Set.of("skills", "company", "role");

  static List<RuleProblem> check(Path rulesDir, List<Path> ruleFiles, ReferenceData data, Path dataDir)
      throws IOException {
    String dataName = dataDir.toString();
    List<RuleProblem> problems = new ArrayList<>();
    List<RuleText> rules = new ArrayList<>();
    for (Path f : ruleFiles) {
      String text = Files.readString(f);
      rules.addAll(split(f.toString(), text));
    }
    Map<String, Lever> catalog = new LinkedHashMap<>();
    data.levers().forEach(l -> catalog.put(l.id(), l));
    Map<String, List<RuleText>> applying = new LinkedHashMap<>();
    for (RuleText r : rules) {
      Matcher said = MESSAGE.matcher(r.text());
      while (said.find()) {
        if (!data.messages().containsKey(said.group(1))) {
          int[] at = lineColumn(r, said.start(1));
          problems.add(new RuleProblem(r.file(), at[0], at[1], "error",
              "message \"" + said.group(1) + "\" is not in " + dataName + "/messages.yaml; the rule's notice would"
                  + " have no words"));
        }
      }
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
    }
    String levers = dataName + "/levers.yaml";
    List<Lever> leverList = data.levers();
    for (int i = 0; i < leverList.size(); i++) {
      Lever lever = leverList.get(i);
      List<RuleText> by = applying.get(lever.id());
      int[] entry = DataLoader.position(dataDir, "levers.yaml", "levers[" + i + "].id");
      int[] talk = DataLoader.position(dataDir, "levers.yaml", "levers[" + i + "].talking-point");
      if (lever.fromData()) {
        for (String placeholder : Templates.placeholders(lever.talkingPoint())) {
          if (!DATA_LEVER_VALUES.contains(placeholder)) {
            problems.add(new RuleProblem(levers, talk[0], talk[1], "error",
                "lever \"" + lever.id() + "\" applies from data (applies-when), whose rules fill {skills}, {company}"
                    + " and {role}; its talking point uses {" + placeholder + "}, which nothing fills"));
          }
        }
        continue;
      }
      if (by == null) {
        problems.add(new RuleProblem(levers, entry[0], entry[1], "warning",
            "lever \"" + lever.id() + "\" is in the catalog but nothing applies it: give it applies-when (the skills"
                + " it needs) or a rule that inserts new LeverApplied( $s, \"" + lever.id() + "\", ... ); until then it"
                + " never applies"));
        continue;
      }
      for (String placeholder : Templates.placeholders(lever.talkingPoint())) {
        for (RuleText r : by) {
          if (!quotedNames(r.text()).contains(placeholder)) {
            Matcher m = LEVER.matcher(r.text());
            int[] at = m.find() ? lineColumn(r, m.start()) : new int[] {r.line(), 1};
            problems.add(new RuleProblem(r.file(), at[0], at[1], "error",
                "rule \"" + r.name() + "\" applies lever \"" + lever.id() + "\" (" + levers + ":" + entry[0]
                    + "), whose talking point uses {" + placeholder + "}; the rule does not fill it (put \""
                    + placeholder + "\" in its Map.of( ... ))"));
          }
        }
      }
    }
    for (int i = 0; i < data.scripts().size(); i++) {
      ScriptTemplate t = data.scripts().get(i);
      int[] at = DataLoader.position(dataDir, "scripts.yaml", "scripts[" + i + "].text");
      Set<String> fills = t.ofLaterRound() ? ROUND_FILLS : ScriptValues.FILLS;
      for (String placeholder : Templates.placeholders(t.text())) {
        if (!fills.contains(placeholder)) {
          problems.add(new RuleProblem(dataName + "/scripts.yaml", at[0], at[1], "error",
              "script \"" + t.id() + "\" has placeholder {" + placeholder + "}, which nothing fills (known: "
                  + String.join(", ", new java.util.TreeSet<>(fills)) + ")"));
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
      String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
      out.add(new RuleText(file, line, name, text.substring(m.start(), stop)));
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

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }
}
