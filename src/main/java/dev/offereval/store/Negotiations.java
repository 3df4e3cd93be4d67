package dev.offereval.store;

import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import dev.offereval.store.internal.Database;
import dev.offereval.store.internal.DatabaseFile;
import dev.offereval.store.internal.NegotiationStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Negotiations kept round by round: each round's offer, what the candidate asked and what was
 * decided. Open an embedded SQLite file or a PostgreSQL database; the schema is created or brought
 * up to date on open. Every write is one transaction, so a process killed while writing leaves the
 * database as it was before that write or after it.
 *
 * <pre>{@code
 * try (OfferEvaluator evaluator = OfferEvaluator.withDefaults();
 *     Negotiations negotiations = Negotiations.open(Negotiations.defaultFile())) {
 *   Negotiation n = negotiations.start(offer, evaluator.evaluate(offer));
 *   Offer revised = n.lastRound().offer().toBuilder().base(Money.of(185_000, "USD")).build();
 *   negotiations.addRound(n.id(), revised, evaluator.evaluateRound(revised, n.lastRound().asPrevious()),
 *       "the recruiter's answer");
 * }
 * }</pre>
 *
 * <p>One instance holds one connection and serves one thread at a time (its methods are
 * synchronized). It needs the optional dependencies {@code org.xerial:sqlite-jdbc} (or {@code
 * org.postgresql:postgresql}) and {@code org.flywaydb:flyway-core} (with {@code
 * flyway-database-postgresql} for PostgreSQL) on the class path.
 */
public final class Negotiations implements AutoCloseable {
  private final NegotiationStore store;

  private Negotiations(NegotiationStore store) {
    this.store = store;
  }

  /**
   * Opens the SQLite file, creating it when it does not exist: its folder owner-only (700) and the
   * file owner-only (600).
   *
   * @param file the database file, such as {@link #defaultFile()}
   * @return the negotiations in it
   * @throws NegotiationException when it cannot be created, opened or migrated
   */
  public static Negotiations open(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return new Negotiations(new NegotiationStore(Database.openFile(file), Clock.systemUTC()));
    } catch (SQLException | IOException | RuntimeException e) {
      throw new NegotiationException("cannot open " + file + ": " + reason(e), e);
    }
  }

  /**
   * Opens a database by its JDBC URL, such as {@code jdbc:postgresql://db.example/offers?user=me}.
   *
   * @param jdbcUrl the URL, with any credentials it needs
   * @return the negotiations in it
   * @throws NegotiationException when it cannot be opened or migrated
   */
  public static Negotiations open(String jdbcUrl) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    try {
      return new Negotiations(new NegotiationStore(Database.openUrl(jdbcUrl), Clock.systemUTC()));
    } catch (SQLException | RuntimeException e) {
      int q = jdbcUrl.indexOf('?');
      throw new NegotiationException("cannot open " + (q < 0 ? jdbcUrl : jdbcUrl.substring(0, q)) + ": "
          + reason(e), e);
    }
  }

  /**
   * The default file: {@code $XDG_DATA_HOME/offer-evaluator/negotiations.db} when {@code
   * XDG_DATA_HOME} is an absolute path, else {@code ~/.local/share/offer-evaluator/negotiations.db}.
   *
   * @return the default database file
   */
  public static Path defaultFile() {
    return DatabaseFile.defaultFile(System.getenv(), System.getProperty("user.home"));
  }

  /**
   * Starts a negotiation with its first round.
   *
   * @param offer the offer, with the competing offers the candidate holds
   * @param evaluation its evaluation: what is asked and decided in round 1
   * @param note the candidate's note, or null
   * @return the negotiation, with its new id
   * @throws NegotiationException when it cannot be written
   */
  public Negotiation start(Offer offer, Evaluation evaluation, String note) {
    return call(() -> store.start(offer, RoundOutcome.of(evaluation), note));
  }

  /**
   * As {@link #start(Offer, Evaluation, String)}, without a note.
   *
   * @param offer the offer
   * @param evaluation its evaluation
   * @return the negotiation, with its new id
   */
  public Negotiation start(Offer offer, Evaluation evaluation) {
    return start(offer, evaluation, null);
  }

  /**
   * Records the recruiter's revised offer as the next round. A round whose decision is {@value
   * RoundDecision#ACCEPT} or {@value RoundDecision#DECIDE} closes the negotiation ({@code accepted},
   * {@code decided}) in the same transaction.
   *
   * @param id the negotiation
   * @param revised the revised offer, whole (build it from the last round's with {@link Offer#toBuilder()})
   * @param evaluation its evaluation, advised against the last round: {@code
   *     evaluator.evaluateRound(revised, negotiation.lastRound().asPrevious())}
   * @param note the candidate's note, or null
   * @return the negotiation with the new round last
   * @throws NegotiationNotFoundException when there is no such negotiation
   * @throws NegotiationClosedException when it is closed
   */
  public Negotiation addRound(long id, Offer revised, Evaluation evaluation, String note) {
    return call(() -> store.addRound(id, revised, RoundOutcome.of(evaluation), note));
  }

  /**
   * One negotiation with all its rounds.
   *
   * @param id its id
   * @return the negotiation
   * @throws NegotiationNotFoundException when there is none with that id
   */
  public Negotiation get(long id) {
    return call(() -> store.get(id));
  }

  /**
   * Every negotiation in one line each, by id.
   *
   * @return their summaries
   */
  public List<NegotiationSummary> list() {
    return call(store::list);
  }

  /**
   * Deletes a negotiation and every round of it.
   *
   * @param id its id
   * @return what was deleted
   * @throws NegotiationNotFoundException when there is none with that id
   */
  public Negotiation delete(long id) {
    return call(() -> store.delete(id));
  }

  /**
   * Closes a negotiation: it keeps its rounds and takes no more.
   *
   * @param id its id
   * @param reason why, such as {@code accepted}
   * @return the negotiation, closed
   * @throws NegotiationNotFoundException when there is none with that id
   */
  public Negotiation closeNegotiation(long id, String reason) {
    Objects.requireNonNull(reason, "reason");
    return call(() -> store.close(id, reason));
  }

  /**
   * Stores negotiations read from elsewhere (such as {@link NegotiationJson#read}), each under a new
   * id, with their rounds, times and state as they were; all of them or none.
   *
   * @param negotiations the negotiations; their own ids are not kept
   * @return the new ids, in order
   */
  public List<Long> restore(List<Negotiation> negotiations) {
    return call(() -> store.restore(negotiations));
  }

  /**
   * The database, as it was named (a JDBC URL without its query, which may hold a password).
   *
   * @return the file or URL
   */
  public String location() {
    return store.where();
  }

  /**
   * Closes the connection.
   *
   * @throws NegotiationException when it cannot be closed
   */
  @Override
  public void close() {
    call(() -> {
      store.close();
      return null;
    });
  }

  private interface Sql<T> {
    T run() throws SQLException;
  }

  private <T> T call(Sql<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new NegotiationException("database " + store.where() + ": " + reason(e), e);
    }
  }

  private static String reason(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }
}
