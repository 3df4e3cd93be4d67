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
    String part = doc.substring(start, doc.indexOf("\n##", start + 4)); // the next recipe or section
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
        "Import a guide", "Compute bands from records"), new ArrayList<>(recipes.keySet()));
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
    List<String> commands = blocks(fromRecords, "sh").get(0).lines().map(l -> l.replaceFirst("\\s+#.*$", ""))
        .filter(l -> !l.isBlank()).toList();
    assertEquals(2, commands.size(), commands.toString());
    for (String command : commands) {
      List<String> args = new ArrayList<>(List.of(command.split("\\s+")));
      assertEquals("bin/offer-eval", args.remove(0), command);
      args.addAll(List.of("--data", data.toString()));
      Cli run = Cli.run(args.toArray(String[]::new));
      assertEquals(1, run.exit(), command + "\n" + run.err() + run.out());
      assertTrue(run.out().contains("Example Analytics, Analytics Engineer, A2, berlin: 7 records: refused"), run.out());
      assertEquals(command.contains("--dry-run"), !Files.exists(data.resolve(
          "bands/example-corp-data-engineer-l2-san-francisco.records.yaml")), command);
    }
    proves("bands from records", rules, data, recipes.get(fromRecords).get(0));
  }
}
