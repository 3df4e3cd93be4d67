package dev.offereval.cli;

import dev.offereval.store.NegotiationException;
import dev.offereval.store.Negotiations;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db}: the negotiations database, a file or a JDBC URL. */
final class DbOption {
  @Option(names = "--db", paramLabel = "PATH|JDBC-URL",
      description = "The negotiations database: an SQLite file (created owner-only when new) or a JDBC URL such as"
          + " jdbc:postgresql://host/db?user=me. Default: $XDG_DATA_HOME/offer-evaluator/negotiations.db, else"
          + " ~/.local/share/offer-evaluator/negotiations.db.")
  String db;

  /** Whether {@code --db} was given, rather than the default file taken. */
  boolean given() {
    return db != null && !db.isBlank();
  }

  /** Opens it; throws {@code NegotiationException} with a one-line message when it cannot. */
  Negotiations open() {
    if (db == null || db.isBlank()) {
      try {
        return Negotiations.open(Negotiations.defaultFile());
      } catch (IllegalStateException noHome) {
        throw new NegotiationException(noHome.getMessage());
      }
    }
    return db.startsWith("jdbc:") ? Negotiations.open(db) : Negotiations.open(Path.of(db));
  }
}
