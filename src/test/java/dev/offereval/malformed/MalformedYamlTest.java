package dev.offereval.malformed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offereval.Folders;
import dev.offereval.model.DataException;
import dev.offereval.io.DataLoader;
import dev.offereval.model.DataIssue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The malformed-YAML corpus: each {@code src/test/resources/malformed/yaml/<case>/case.yaml} edits
 * one file in a copy of the shipped data (or generates it) and states the file, line, field and
 * reason that loading must report.
 */
class MalformedYamlTest {
  static final Path ROOT = Path.of("src/test/resources/malformed/yaml");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> yamlCases() throws IOException {
    return MalformedCsvTest.cases(ROOT).map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void corpusHasAtLeastTwelveCases() throws IOException {
    assertTrue(MalformedCsvTest.cases(ROOT).count() >= 12);
  }

  @Test
  void everyCaseStatesTheLineAndColumnItExpects() throws IOException {
    for (Path dir : MalformedCsvTest.cases(ROOT).toList()) {
      JsonNode x = MalformedCsvTest.YAML.readTree(dir.resolve("case.yaml").toFile()).get("expect");
      if (x.has("line")) {
        assertTrue(x.has("column") && x.get("column").asInt() > 0, dir.getFileName() + ": no column, or column 0");
      }
    }
  }

  private void check(Path dir) throws Exception {
    JsonNode c = MalformedCsvTest.YAML.readTree(dir.resolve("case.yaml").toFile());
    Path data = Folders.copy("data", Files.createTempDirectory(tmp, dir.getFileName().toString()));
    if (c.has("edit")) {
      JsonNode e = c.get("edit");
      Folders.edit(data.resolve(e.get("file").asText()), e.get("from").asText(), e.get("to").asText());
    } else {
      generate(c.get("generate").asText(), data);
    }
    DataException e = assertThrows(DataException.class, () -> DataLoader.load(data));
    DataIssue issue = e.problems().get(0);
    JsonNode x = c.get("expect");
    assertEquals(x.get("file").asText(), issue.file(), e.getMessage());
    if (x.has("line")) {
      assertEquals(x.get("line").asInt(), issue.line(), e.getMessage());
    }
    if (x.has("column")) {
      assertEquals(x.get("column").asInt(), issue.column(), "column, 1-based: " + e.getMessage());
    }
    if (x.has("field")) {
      assertEquals(x.get("field").asText(), issue.field(), e.getMessage());
    }
    assertTrue(issue.message().contains(x.get("contains").asText()), e.getMessage());
    assertTrue(!issue.message().isBlank(), "a reason is given");
  }

  private static void generate(String what, Path data) throws IOException {
    switch (what) {
      case "deep-nesting" -> Files.writeString(data.resolve("levels.yaml"),
          "groups: " + "[".repeat(100) + "]".repeat(100) + "\n", StandardCharsets.UTF_8);
      case "oversized" -> {
        StringBuilder sb = new StringBuilder("levers:\n");
        String item = "  - { id: x, title: x, category: global, expertise: false, talking-point: "
            + "a".repeat(1000) + " }\n";
        while (sb.length() < 6 * 1024 * 1024) {
          sb.append(item);
        }
        Files.writeString(data.resolve("levers.yaml"), sb, StandardCharsets.UTF_8);
      }
      default -> throw new IllegalArgumentException("unknown generator " + what);
    }
  }
}
