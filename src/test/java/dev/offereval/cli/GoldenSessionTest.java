package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden CLI sessions: several commands, one after another, on one database in a temporary folder,
 * each a separate invocation with nothing shared but the file. A session is a folder under {@code
 * src/test/resources/golden-sessions/}; each step a subfolder, run in name order, laid out as a
 * {@link GoldenTest} case: {@code cmd} (one argument a line; {@code ${DB}} is the database file),
 * {@code stdout.expected}, {@code exit.expected} and maybe {@code stderr.expected}. Each session
 * runs twice, each time on a new database, and must print the same both times.
 *
 * <p>Outputs are compared with the database's path written {@code <db>}, times {@code <time>} and
 * the shipped rules' fingerprint {@value GoldenTest#FINGERPRINT}. To accept new output: {@code mvn
 * test -Dtest=GoldenSessionTest -Dgolden.update=true}, then review the diff.
 */
class GoldenSessionTest {
  static final Path ROOT = Path.of("src/test/resources/golden-sessions");
  private static final String TIME = "\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> sessions() throws IOException {
    try (Stream<Path> s = Files.list(ROOT)) {
      List<Path> sessions = s.filter(Files::isDirectory).sorted().toList();
      assertTrue(!sessions.isEmpty(), "golden sessions went missing");
      return sessions.stream().map(session -> DynamicTest.dynamicTest(session.getFileName().toString(),
          () -> check(session)));
    }
  }

  private void check(Path session) throws IOException {
    List<Path> steps;
    try (Stream<Path> s = Files.list(session)) {
      steps = s.filter(Files::isDirectory).sorted().toList();
    }
    List<Cli> first = run(steps, dir.resolve(session.getFileName() + "-1.db"));
    List<Cli> second = run(steps, dir.resolve(session.getFileName() + "-2.db"));
    assertEquals(first, second, "output differs between two runs of " + session.getFileName());
    for (int i = 0; i < steps.size(); i++) {
      Path step = steps.get(i);
      Cli got = first.get(i);
      String name = session.getFileName() + "/" + step.getFileName();
      boolean withStderr = Files.exists(step.resolve("stderr.expected"));
      if (GoldenTest.UPDATE) {
        Files.writeString(step.resolve("stdout.expected"), got.out(), StandardCharsets.UTF_8);
        Files.writeString(step.resolve("exit.expected"), got.exit() + "\n", StandardCharsets.UTF_8);
        if (withStderr) {
          Files.writeString(step.resolve("stderr.expected"), got.err(), StandardCharsets.UTF_8);
        }
        continue;
      }
      assertEquals(Files.readString(step.resolve("exit.expected")).strip(), Integer.toString(got.exit()),
          name + " exit code; stderr: " + got.err());
      assertEquals(Files.readString(step.resolve("stdout.expected"), StandardCharsets.UTF_8), got.out(), name + " stdout");
      if (withStderr) {
        assertEquals(Files.readString(step.resolve("stderr.expected"), StandardCharsets.UTF_8), got.err(),
            name + " stderr");
      }
    }
  }

  /** Runs every step on a new database; each output normalized. */
  private static List<Cli> run(List<Path> steps, Path db) throws IOException {
    List<Cli> out = new ArrayList<>();
    for (Path step : steps) {
      String[] args = Files.readAllLines(step.resolve("cmd"), StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isEmpty()).map(l -> l.replace("${DB}", db.toString())).toArray(String[]::new);
      Cli cli = Cli.run(args);
      out.add(new Cli(cli.exit(), normalized(cli.out(), db), normalized(cli.err(), db)));
    }
    return out;
  }

  private static String normalized(String text, Path db) {
    return GoldenTest.normalized(text).replace(db.toString(), "<db>").replaceAll(TIME, "<time>");
  }
}
