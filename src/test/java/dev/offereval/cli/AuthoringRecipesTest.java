package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Folders;
import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.RuleProblem;
import dev.offereval.engine.internal.ScenarioRunner;
import dev.offereval.engine.internal.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recipes of docs/authoring.md, applied exactly as the document writes them (its YAML blocks
 * are read from the file) to a copy of the shipped rules and data, each proven by its scenario.
 */
class AuthoringRecipesTest {
  @TempDir Path tmp;

  /** The YAML blocks of each recipe ("### " heading under "## Recipes"), in order. */
  static Map<String, List<String>> recipes() throws Exception {
    String doc = Files.readString(Path.of("docs/authoring.md"), StandardCharsets.UTF_8);
    String section = doc.substring(doc.indexOf("## Recipes"), doc.indexOf("## Worked example"));
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String part : section.split("\n### ")) {
      List<String> blocks = new ArrayList<>();
      Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(part);
      while (m.find()) {
        blocks.add(m.group(1));
      }
      if (!blocks.isEmpty()) {
        out.put(part.lines().findFirst().orElseThrow(), blocks);
      }
    }
    return out;
  }

  /** The fenced blocks of {@code language} in recipe {@code heading}, in order. */
  static List<String> blocks(String heading, String language) throws Exception {
    String doc = Files.readString(Path.of("docs/authoring.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("### " + heading + "\n");
    int next = doc.indexOf("\n### ", start + 4);
    String part = doc.substring(start, next >= 0 ? next : doc.indexOf("\n## ", start));
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(part);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private boolean passes(Path rules, Path data, String scenario) throws Exception {
    Path dir = Files.createTempDirectory(tmp, "scenarios");
    Files.writeString(dir.resolve("recipe.yaml"), scenario);
    return new ScenarioRunner(OfferEvaluator.fromDirectories(rules, data), LocalDate.of(2026, 11, 23)).run(dir)
        .stream().allMatch(ScenarioRunner.Outcome::passed);
  }

  private void proves(String recipe, Path rules, Path data, String scenario) throws Exception {
    List<RuleProblem> problems = Validator.validate(rules, data);
    assertEquals(List.of(), problems.stream().filter(p -> p.severity().equals("error")).toList(), recipe);
    Path dir = Files.createTempDirectory(tmp, "scenarios");
    Files.writeString(dir.resolve("recipe.yaml"), scenario);
    List<ScenarioRunner.Outcome> outcomes =
        new ScenarioRunner(OfferEvaluator.fromDirectories(rules, data), LocalDate.of(2026, 11, 23)).run(dir);
    assertTrue(!outcomes.isEmpty(), recipe);
    for (ScenarioRunner.Outcome o : outcomes) {
      assertTrue(o.passed(), recipe + ": " + o.name() + " " + o.failures());
    }
  }

  private static void append(Path file, String text) throws Exception {
    String before = Files.readString(file);
    Files.writeString(file, before + (before.endsWith("\n") ? "" : "\n") + text);
  }

  @Test
  void everyRecipeInTheAuthoringGuideWorksAsWritten() throws Exception {
    Map<String, List<String>> recipes = recipes();
    assertEquals(List.of("Add a region, with the names people write for it", "Add a competing company and its levels",
        "Add a peer group member", "Add a lever from data", "Change a decision, a number and a sentence, without Java",
        "Import a guide", "Compute bands from records", "Import two guides that share levels"), new ArrayList<>(recipes.keySet()));
    Path rules = Folders.copy("rules", Files.createTempDirectory(tmp, "rules"));

    List<String> region = recipes.get("Add a region, with the names people write for it");
    Path data = Folders.copy("data", Files.createTempDirectory(tmp, "data"));
    Files.writeString(data.resolve("bands/example-corp-data-engineer.yaml"), region.get(0));
    append(data.resolve("names.yaml"), region.get(1));
    proves("region", rules, data, region.get(2));

    List<String> competing = recipes.get("Add a competing company and its levels");
    data = Folders.copy("data", Files.createTempDirectory(tmp, "data"));
    Folders.edit(data.resolve("levels.yaml"), "      - { company: Databricks, level: IC2 }\n",
        "      - { company: Databricks, level: IC2 }\n" + competing.get(0));
    proves("competing", rules, data, competing.get(1));

    List<String> peer = recipes.get("Add a peer group member");
    data = Folders.copy("data", Files.createTempDirectory(tmp, "data"));
    // on top of the competing-company recipe: the lever counts peers at an equivalent level
    Folders.edit(data.resolve("levels.yaml"), "      - { company: Databricks, level: IC2 }\n",
        "      - { company: Databricks, level: IC2 }\n" + competing.get(0));
    Folders.edit(data.resolve("peers.yaml"), "    companies: [Snowflake, Databricks]\n", peer.get(0));
    proves("peer", rules, data, peer.get(1));

    List<String> lever = recipes.get("Add a lever from data");
    data = Folders.copy("data", Files.createTempDirectory(tmp, "data"));
    append(data.resolve("expertise.yaml"), lever.get(0));
    append(data.resolve("levers.yaml"), lever.get(1));
    proves("lever", rules, data, lever.get(2));

    // a decision (DRL), a number (policy.yaml) and a sentence (messages.yaml); the scenario fails
    // on the shipped files, so it proves the edits
    String three = "Change a decision, a number and a sentence, without Java";
    List<String> yaml = recipes.get(three);
    List<String> drl = blocks(three, "drl");
    Path edited = Folders.copy("rules", Files.createTempDirectory(tmp, "rules"));
    data = Folders.copy("data", Files.createTempDirectory(tmp, "data"));
    assertFalse(passes(edited, data, yaml.get(4)), "the scenario must fail before the edits");
    Folders.edit(edited.resolve("counter-offer.drl"), drl.get(0), drl.get(1));
    Folders.edit(data.resolve("policy.yaml"), yaml.get(0), yaml.get(1));
    Folders.edit(data.resolve("messages.yaml"), yaml.get(2), yaml.get(3));
    proves("decision, number and sentence", edited, data, yaml.get(4));

    List<String> guide = recipes.get("Import a guide");
    data = Folders.copy("data", Files.createTempDirectory(tmp, "data"));
    Cli cli = Cli.run("import-guide", "src/test/resources/guides/example-corp-analytics-engineer.md", "--data",
        data.toString());
    assertEquals(0, cli.exit(), cli.err());
    proves("guide", rules, data, guide.get(0));

    // the recipe's commands as written, into a copy of the data: a dry run, then the bands written;
    // the file's Example Analytics group mixes currencies, so each exits 1, as the recipe says
    String fromRecords = "Compute bands from records";
    data = Folders.copy("data", Files.createTempDirectory(tmp, "data"));
    List<String[]> commands = commands(blocks(fromRecords, "sh").get(0));
    assertEquals(2, commands.size());
    for (String[] command : commands) {
      boolean dryRun = List.of(command).contains("--dry-run");
      Cli run = Cli.run(withData(command, data));
      assertEquals(1, run.exit(), String.join(" ", command) + "\n" + run.err() + run.out());
      assertTrue(run.out().contains("Example Analytics, Analytics Engineer, A2, berlin: 7 records: refused"), run.out());
      assertEquals(dryRun, !Files.exists(data.resolve("bands/example-corp-data-engineer-l2-san-francisco.records.yaml")),
          String.join(" ", command));
    }
    proves("bands from records", rules, data, recipes.get(fromRecords).get(0));

    // two guides whose level lines share levels, then the catalog of the result, each command as written
    String two = "Import two guides that share levels";
    data = Folders.copy("data", Files.createTempDirectory(tmp, "data"));
    for (String[] command : commands(blocks(two, "sh").get(0))) {
      Cli imported = Cli.run(withData(command, data));
      assertEquals(0, imported.exit(), imported.err());
    }
    proves("two guides", rules, data, recipes.get(two).get(0));
    String listed = "List what the data knows";
    List<String[]> catalog = commands(blocks(listed, "sh").get(0));
    assertEquals(1, catalog.size());
    Cli cli2 = Cli.run(withData(catalog.get(0), data));
    assertEquals(0, cli2.exit(), cli2.err());
    assertTrue(cli2.out().endsWith(blocks(listed, "text").get(0)), cli2.out());
  }

  /** The offer-eval commands of a sh block, one a line, as arguments (comments after # dropped). */
  private static List<String[]> commands(String block) {
    List<String[]> out = new ArrayList<>();
    for (String line : block.lines().toList()) {
      String command = line.replaceFirst("\\s+#.*$", "").strip();
      assertTrue(command.startsWith("bin/offer-eval "), line);
      out.add(command.substring("bin/offer-eval ".length()).split("\\s+"));
    }
    return out;
  }

  /** {@code args} run on {@code data}. */
  private static String[] withData(String[] args, Path data) {
    String[] out = java.util.Arrays.copyOf(args, args.length + 2);
    out[args.length] = "--data";
    out[args.length + 1] = data.toString();
    return out;
  }
}
