package dev.offereval.cli;

import dev.offereval.io.DataLoader;
import dev.offereval.model.DataException;
import dev.offereval.model.internal.ReferenceData;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The data folder a command writes into (import-guide, bands-from): loaded first, or its problems told. */
final class DataToUpdate {
  private DataToUpdate() {}

  /**
   * The data in {@code data}, or null after telling {@code err} each problem, and that because of them
   * {@code consequence} ("guides cannot be imported into it").
   */
  static ReferenceData load(Path data, PrintWriter err, String consequence) {
    try {
      return DataLoader.load(data);
    } catch (DataException e) {
      err.println("offer-eval: the data in " + data + " does not load, so " + consequence + ":");
      e.problems().forEach(i -> err.println("  " + i));
      return null;
    }
  }
}
