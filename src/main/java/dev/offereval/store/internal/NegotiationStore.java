package dev.offereval.store.internal;

import dev.offereval.model.Offer;
import dev.offereval.store.Negotiation;
import dev.offereval.store.NegotiationNotFoundException;
import dev.offereval.store.NegotiationSummary;
import dev.offereval.store.Round;
import dev.offereval.store.RoundOutcome;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The operations {@code Negotiations} offers, each one transaction on the database, in SQL's terms. */
public final class NegotiationStore implements AutoCloseable {
  private final Database db;
  private final Clock clock;

  public NegotiationStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public String where() {
    return db.where();
  }

  public Database database() {
    return db;
  }

  /** Now, to the millisecond the database keeps. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  public Negotiation start(Offer offer, RoundOutcome outcome, String note) throws SQLException {
    Instant now = now();
    Negotiation n = new Negotiation(0, offer.company(), offer.role(), offer.level(), offer.region(), null, now, now,
        List.of(new Round(1, now, note, offer, outcome)));
    long id = db.write(c -> {
      long next = NegotiationWriter.nextId(c);
      NegotiationWriter.insert(c, next, n);
      return next;
    });
    return get(id);
  }

  public Negotiation addRound(long id, Offer offer, RoundOutcome outcome, String note) throws SQLException {
    RoundDraft draft = new RoundDraft(offer, outcome, note);
    String closes = outcome.decision().closedReason();
    db.write(c -> {
      Instant now = now();
      NegotiationWriter.appendRound(c, id, draft, now, db.where());
      // an accepted or decided round ends the negotiation, in the same transaction as the round
      if (closes != null) {
        NegotiationWriter.close(c, id, closes, now, db.where());
      }
      return null;
    });
    return get(id);
  }

  /** Stores negotiations as given, rounds and times kept, each under a new id, all in one transaction. */
  public List<Long> restore(List<Negotiation> negotiations) throws SQLException {
    return db.write(c -> {
      List<Long> ids = new ArrayList<>(negotiations.size());
      for (Negotiation n : negotiations) {
        long next = NegotiationWriter.nextId(c);
        NegotiationWriter.insert(c, next, n);
        ids.add(next);
      }
      return ids;
    });
  }

  public Negotiation get(long id) throws SQLException {
    Negotiation n = db.read(c -> NegotiationReader.get(c, id));
    if (n == null) {
      throw new NegotiationNotFoundException(id, db.where());
    }
    return n;
  }

  public List<NegotiationSummary> list() throws SQLException {
    return db.read(NegotiationReader::list);
  }

  public Negotiation delete(long id) throws SQLException {
    return db.write(c -> {
      Negotiation n = NegotiationReader.get(c, id);
      if (n == null || !NegotiationWriter.delete(c, id)) {
        throw new NegotiationNotFoundException(id, db.where());
      }
      return n;
    });
  }

  public Negotiation close(long id, String reason) throws SQLException {
    db.write(c -> {
      NegotiationWriter.close(c, id, reason, now(), db.where());
      return null;
    });
    return get(id);
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
