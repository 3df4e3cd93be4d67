package dev.offereval.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The training run behind the class-data-sharing archive that {@code mvn package} builds
 * ({@code target/offer-evaluator.jsa}, see pom.xml). The archive holds the classes one JVM loaded,
 * so this runs, in one JVM, what cold starts do: an {@code offer} that compiles the rules and
 * stores them in the compiled-rules cache (the first run after an edit; {@code validate} compiles
 * too), the same {@code offer} reading them back (every repeat run), and a small {@code evaluate}
 * batch. Each is
 * the real command; a command that fails fails the build.
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
