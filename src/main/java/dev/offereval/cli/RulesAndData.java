package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.RulesException;
import dev.offereval.io.DataException;
import dev.offereval.model.DataIssue;
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

  /** Thrown when the rules or data cannot be used; the message is for the user. */
  static final class SetupFailed extends Exception {
    SetupFailed(String message) {
      super(message);
    }
  }

  OfferEvaluator load() throws SetupFailed {
    Path r = rules != null ? rules : Files.isDirectory(Path.of("rules")) ? Path.of("rules") : null;
    Path d = data != null ? data : Files.isDirectory(Path.of("data")) ? Path.of("data") : null;
    try {
      Path rulesDir = r != null ? r : OfferEvaluator.bundled("rules");
      Path dataDir = d != null ? d : OfferEvaluator.bundled("data");
      return OfferEvaluator.fromDirectories(rulesDir, dataDir, r != null ? r.toString() : "bundled rules",
          d != null ? d.toString() : "bundled data");
    } catch (RulesException e) {
      throw new SetupFailed("the rules do not compile:\n" + e.getMessage());
    } catch (DataException e) {
      throw new SetupFailed("the data does not load:\n" + e.getMessage());
    }
  }

  static void printWarnings(OfferEvaluator evaluator, PrintWriter err) {
    for (DataIssue w : evaluator.dataWarnings()) {
      err.println("data warning: " + w);
    }
  }
}
