package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Folders;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `offer-eval watch` end to end: a broken save is refused, a good one is applied and diffed. */
class WatchCommandTest {
  @TempDir Path tmp;

  @Test
  void reportsABrokenEditThenTheChangesOfAGoodOne() throws Exception {
    Path rules = Folders.copy("rules", tmp);
    Path data = Folders.copy("data", tmp);
    CompletableFuture<Cli> run = CompletableFuture.supplyAsync(() -> Cli.run("watch",
        "data/offers/sample-offers.csv", "--rules", rules.toString(), "--data", data.toString(),
        "--as-of", "2026-11-23", "--changes", "2"));
    // first evaluation and watch registration, with room for a loaded machine (bounded: the run ends
    // after two reloads)
    Thread.sleep(15000);
    Folders.edit(rules.resolve("data-levers.drl"), "Lever( $needs : needs != null,", "Lever( $needs : needs != ,");
    Thread.sleep(6000); // the broken edit is seen and reported on its own before the good one
    Folders.edit(rules.resolve("data-levers.drl"), "Lever( $needs : needs != ,",
        "Lever( id != \"cdp-pipeline-expertise\", $needs : needs != null,");

    Cli cli = run.get(60, TimeUnit.SECONDS);

    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().contains("edit not applied; still running fingerprint"), cli.out());
    assertTrue(cli.out().contains("data-levers.drl:"), cli.out());
    assertTrue(cli.out().contains("seed-example: lost lever cdp-pipeline-expertise"), cli.out());
    assertTrue(cli.out().contains("london-gbp: counter base £123,000 -> £119,000"), cli.out());
  }
}
