package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.RulesException;
import dev.offereval.engine.Source;
import dev.offereval.model.DataException;
import dev.offereval.model.DataIssue;
import dev.offereval.model.OfferEvalException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules} and {@code --data} options, shared by every command. */
final class RulesAndData {
  @Option(names = "--rules", paramLabel = "DIR",
      description = "Folder of *.drl rule files. Default: ./rules when it exists, else the bundled rules.")
  Path rules;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder of YAML data (bands/, levels.yaml, levers.yaml, ...). Default: ./data when it exists,"
          + " else the bundled data.")
  Path data;

  @Option(names = "--rules-cache", paramLabel = "DIR",
      description = "Folder that keeps compiled rules between runs, so a run skips compiling rule files it has"
          + " compiled before; 'off' for none. Default: $OFFER_EVAL_RULES_CACHE, else"
          + " $XDG_CACHE_HOME/offer-evaluator, else ~/.cache/offer-evaluator.")
  String rulesCache;

  /** The system property that sets the default cache folder (tests point it into target/). */
  static final String CACHE_PROPERTY = "offer-eval.rules-cache";

  /** The cache folder in use, or null for none. */
  Path rulesCacheDir() {
    String given = rulesCache != null ? rulesCache : System.getProperty(CACHE_PROPERTY);
    if (given == null) {
      given = System.getenv("OFFER_EVAL_RULES_CACHE");
    }
    if (given != null && !given.isBlank()) {
      return given.strip().equalsIgnoreCase("off") ? null : Path.of(given.strip());
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "offer-evaluator");
    }
    String home = System.getProperty("user.home");
    return home == null || home.isBlank() ? null : Path.of(home, ".cache", "offer-evaluator");
  }

  /** Thrown when the rules or data cannot be used; the message is for the user. */
  static final class SetupFailed extends Exception {
    SetupFailed(String message) {
      super(message);
    }
  }

  /** The folder given, else ./NAME when it exists, else null (meaning the bundled copy). */
  private static Path onDisk(Path given, String name) {
    return given != null ? given : Files.isDirectory(Path.of(name)) ? Path.of(name) : null;
  }

  /** The rules folder in use: given, ./rules, or the bundled one. */
  Path rulesDir() {
    Path r = onDisk(rules, "rules");
    return r != null ? r : Source.bundledRules().folder();
  }

  /** The data folder in use: given, ./data, or the bundled one. */
  Path dataDir() {
    Path d = onDisk(data, "data");
    return d != null ? d : Source.bundledData().folder();
  }

  OfferEvaluator load() throws SetupFailed {
    try {
      return OfferEvaluator.builder()
          .rules(onDisk(rules, "rules") != null ? Source.directory(rulesDir()) : Source.bundledRules())
          .data(onDisk(data, "data") != null ? Source.directory(dataDir()) : Source.bundledData())
          .rulesCache(rulesCacheDir())
          .build();
    } catch (RulesException e) {
      throw new SetupFailed("the rules do not compile:\n" + e.getMessage());
    } catch (DataException e) {
      throw new SetupFailed("the data does not load:\n" + e.getMessage());
    } catch (OfferEvalException e) {
      throw new SetupFailed("the rules do not compile and the data does not load:\n" + e.getMessage());
    }
  }

  /** Loads, or says why not on {@code err} and returns null; the command then exits with 2. */
  OfferEvaluator loadOrReport(PrintWriter err) {
    try {
      return load();
    } catch (SetupFailed e) {
      err.println("offer-eval: " + e.getMessage());
      err.flush();
      return null;
    }
  }

  static void printWarnings(OfferEvaluator evaluator, PrintWriter err) {
    for (DataIssue w : evaluator.dataWarnings()) {
      err.println("data warning: " + w);
    }
  }
}
