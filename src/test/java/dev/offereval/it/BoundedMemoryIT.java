package dev.offereval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.io.DataLoader;
import dev.offereval.io.SyntheticOffers;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory is bounded: two million synthetic offers, streamed through the packaged jar as {@code
 * bin/offer-eval evaluate} runs it, complete in a 256 MiB heap, one output row per input row.
 * Holding the batch would need gigabytes. Runs after {@code package} (mvn verify), on the real jar.
 */
class BoundedMemoryIT {
  static final long ROWS = 2_000_000;

  @TempDir Path tmp;

  @Test
  void twoMillionOffersStreamThroughA256MiBHeap() throws Exception {
    Path input = tmp.resolve("offers.csv");
    Path output = tmp.resolve("evaluations.csv");
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      new SyntheticOffers(DataLoader.load(Path.of("data"))).write(w, ROWS, 20261124);
    }
    Path log = tmp.resolve("stderr.txt");
    Process p = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
        "-jar", Path.of("target/offer-evaluator.jar").toAbsolutePath().toString(),
        "evaluate", input.toString(), "-o", output.toString(), "--as-of=2026-11-24",
        "--rules=rules", "--data=data"))
        .redirectErrorStream(false)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(log.toFile())
        .start();
    assertTrue(p.waitFor(15, TimeUnit.MINUTES), "finished within 15 minutes");
    String err = Files.readString(log);
    assertEquals(0, p.exitValue(), err);
    assertTrue(err.contains(ROWS + " rows in"), err);
    long lines = 0;
    try (BufferedReader r = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
      // script cells hold no line breaks, so rows are lines
      while (r.readLine() != null) {
        lines++;
      }
    }
    assertEquals(ROWS + 1, lines, "a header and one row per offer");
    System.out.println("BoundedMemoryIT: " + err.lines().findFirst().orElse(""));
  }
}
