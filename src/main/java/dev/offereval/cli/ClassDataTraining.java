package dev.offereval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind the class-data-sharing archive that {@code mvn package} builds
 * ({@code target/offer-evaluator.jsa}, see pom.xml). The archive holds the classes one JVM loaded,
 * so this runs, in one JVM, what cold starts do: an {@code offer} that compiles the rules and
 * stores them in the compiled-rules cache (the first run after an edit; {@code validate} compiles
 * too), the same {@code offer} reading them back (every repeat run), a small {@code evaluate}
 * batch, and a negotiation (start, round, show, list, delete) in a temporary database, which
 * brings the SQLite driver's classes into the archive. Each is the real command; a command that
 * fails fails the build.
 *
 * <p>Arguments: the cache folder, the sample offers CSV, then the {@code offer} command's
 * arguments.
 */
public final class ClassDataTraining {
  private ClassDataTraining() {}

  public static void main(String[] args) {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: ClassDataTraining CACHE_DIR OFFERS.csv offer ARGS...");
    }
    String cache = args[0];
    String offers = args[1];
    List<String> offer = Arrays.asList(args).subList(2, args.length);
    // a new build never finds its rules in the cache: the first compiles and stores, the second reads
    run(with(offer, "--rules-cache", cache));
    run(with(offer, "--rules-cache", cache));
    run(List.of("evaluate", offers, "--quiet", "--rules-cache", cache));
    negotiation(offer, cache);
  }

  /** The negotiation commands on a database in a temporary folder, deleted after. */
  private static void negotiation(List<String> offer, String cache) {
    try {
      Path dir = Files.createTempDirectory("offer-eval-training");
      String db = dir.resolve("negotiations.db").toString();
      try {
        List<String> start = new ArrayList<>(List.of("negotiation", "start"));
        start.addAll(offer.subList(1, offer.size()));
        run(with(start, "--rules-cache", cache, "--db", db));
        run(List.of("negotiation", "round", "1", "--base", "185000", "--rules-cache", cache, "--db", db));
        run(List.of("negotiation", "show", "1", "--db", db));
        run(List.of("negotiation", "list", "--db", db));
        run(List.of("negotiation", "delete", "1", "--db", db));
      } finally {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.toList()) {
            Files.deleteIfExists(f);
          }
        }
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> with(List<String> command, String... more) {
    List<String> out = new ArrayList<>(command);
    out.addAll(Arrays.asList(more));
    return out;
  }

  private static void run(List<String> command) {
    StringWriter out = new StringWriter();
    int exit = OfferEvalCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(out))
        .execute(command.toArray(String[]::new));
    System.out.println("$ offer-eval " + String.join(" ", command) + "\n" + out + "exit " + exit);
    // the sample batch holds two invalid rows on purpose: exit code 1
    if (exit != ExitCodes.OK && !(command.get(0).equals("evaluate") && exit == ExitCodes.ROWS_FAILED)) {
      throw new IllegalStateException("training command failed with exit code " + exit + ": " + command);
    }
  }
}
