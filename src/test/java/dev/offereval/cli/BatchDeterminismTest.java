package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.io.SyntheticOffers;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed batch checks the result, not the speed: the same 10,000 offers give byte-identical
 * output on one thread, on every core, and on more threads than cores (which interleaves the
 * chunks differently again).
 */
class BatchDeterminismTest {
  @TempDir static Path tmp;
  static Path offers;

  @BeforeAll
  static void generate() throws Exception {
    offers = tmp.resolve("offers.csv");
    try (BufferedWriter w = Files.newBufferedWriter(offers, StandardCharsets.UTF_8)) {
      new SyntheticOffers(Offers.shipped().data()).write(w, 10_000, 20261124);
    }
  }

  private static String evaluate(int threads, String... more) throws Exception {
    Path out = tmp.resolve("out-" + threads + "-" + more.length + ".csv");
    String[] args = new String[6 + more.length];
    System.arraycopy(new String[] {"evaluate", offers.toString(), "-o", out.toString(), "--as-of=2026-11-24",
        "--threads=" + threads}, 0, args, 0, 6);
    System.arraycopy(more, 0, args, 6, more.length);
    Cli r = Cli.run(args);
    assertEquals(0, r.exit(), r.err());
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void oneThreadAndAllCoresGiveByteIdenticalCsv() throws Exception {
    String one = evaluate(1, "--explain");
    int cores = Runtime.getRuntime().availableProcessors();
    assertEquals(one, evaluate(cores, "--explain"), "1 thread against " + cores);
    assertEquals(one, evaluate(8, "--explain"), "1 thread against 8");
    assertEquals(10_001, one.lines().count(), "a header and one row per offer");
    assertTrue(one.lines().skip(1).allMatch(l -> l.contains(",OK,") || l.contains(",NO_BAND,")),
        "every synthetic offer evaluates");
  }

  @Test
  void jsonLinesTooAreTheSameOnAnyNumberOfThreads() throws Exception {
    assertEquals(evaluate(1, "--format=jsonl"), evaluate(3, "--format=jsonl"));
  }
}
