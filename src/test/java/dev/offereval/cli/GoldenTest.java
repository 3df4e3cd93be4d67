package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden CLI cases, discovered from {@code src/test/resources/golden/<case>/}. Each case holds
 * {@code cmd} (one argument per line), {@code stdout.expected} and {@code exit.expected}, and may
 * hold {@code stderr.expected}. Every case runs twice and must print the same both times.
 *
 * <p>The fingerprint of the shipped rules and data is written {@value #FINGERPRINT} in the expected
 * files: it hashes the rule files' text, so a change to the rules that changes no output changes no
 * golden file.
 *
 * <p>To accept new output after a deliberate change: {@code mvn test -Dtest=GoldenTest
 * -Dgolden.update=true}, then review the diff.
 */
class GoldenTest {
  static final Path ROOT = Path.of("src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");
  static final String FINGERPRINT = "<fingerprint>";
  private static String shipped;

  /** The output with the shipped rules' fingerprint written {@value #FINGERPRINT}. */
  static String normalized(String output) {
    if (shipped == null) {
      try (dev.offereval.engine.OfferEvaluator ev =
          dev.offereval.engine.OfferEvaluator.fromDirectories(Path.of("rules"), Path.of("data"))) {
        shipped = ev.fingerprint();
      }
    }
    return output.replace(shipped, FINGERPRINT);
  }

  @TestFactory
  Stream<DynamicTest> goldenCases() throws IOException {
    return cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void everyCaseFolderIsComplete() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path dir : cases()) {
      for (String needed : List.of("cmd", "stdout.expected", "exit.expected")) {
        if (!Files.exists(dir.resolve(needed)) && !UPDATE) {
          problems.add(dir.getFileName() + " has no " + needed);
        }
      }
    }
    try (Stream<Path> s = Files.list(ROOT)) {
      s.filter(Files::isRegularFile).forEach(f -> problems.add("stray file " + f.getFileName() + " outside a case folder"));
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertTrue(cases().size() >= 8, "golden cases went missing");
  }

  private static List<Path> cases() throws IOException {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static void check(Path dir) throws IOException {
    Path cmd = dir.resolve("cmd");
    if (!Files.exists(cmd)) {
      fail(dir.getFileName() + " has no cmd file");
    }
    String[] args = Files.readAllLines(cmd, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isEmpty()).toArray(String[]::new);
    Cli first = Cli.run(args);
    Cli second = Cli.run(args);
    assertEquals(first, second, "output differs between two runs of " + dir.getFileName());
    boolean withStderr = Files.exists(dir.resolve("stderr.expected"));
    if (UPDATE) {
      Files.writeString(dir.resolve("stdout.expected"), normalized(first.out()), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("exit.expected"), first.exit() + "\n", StandardCharsets.UTF_8);
      if (withStderr) {
        Files.writeString(dir.resolve("stderr.expected"), normalized(first.err()), StandardCharsets.UTF_8);
      }
      return;
    }
    assertEquals(Files.readString(dir.resolve("exit.expected")).strip(), Integer.toString(first.exit()),
        dir.getFileName() + " exit code; stderr: " + first.err());
    assertEquals(Files.readString(dir.resolve("stdout.expected"), StandardCharsets.UTF_8), normalized(first.out()),
        dir.getFileName() + " stdout");
    if (withStderr) {
      assertEquals(Files.readString(dir.resolve("stderr.expected"), StandardCharsets.UTF_8), normalized(first.err()),
          dir.getFileName() + " stderr");
    }
  }
}
