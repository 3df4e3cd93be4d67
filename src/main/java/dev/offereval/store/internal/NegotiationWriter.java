package dev.offereval.store.internal;

import dev.offereval.store.Negotiation;
import dev.offereval.store.NegotiationClosedException;
import dev.offereval.store.NegotiationNotFoundException;
import dev.offereval.store.Round;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** The writes: each runs inside the caller's transaction ({@link Database#write}). */
final class NegotiationWriter {
  private NegotiationWriter() {}

  /** The next negotiation id. The counter row's update locks it, so concurrent writers never share one. */
  static long nextId(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE id_counter SET next_id = next_id + 1 WHERE name = 'negotiation'")) {
      if (s.executeUpdate() != 1) {
        throw new SQLException("the id_counter row for negotiations is missing");
      }
    }
    try (PreparedStatement s = c.prepareStatement("SELECT next_id - 1 FROM id_counter WHERE name = 'negotiation'");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Inserts a whole negotiation under {@code id}, each of its rounds with it. */
  static void insert(Connection c, long id, Negotiation n) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO negotiation (id, company, role, level, region,"
        + " closed_reason, rounds, last_decision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      s.setLong(++i, id);
      s.setString(++i, n.company());
      s.setString(++i, n.role());
      s.setString(++i, n.level());
      s.setString(++i, n.region());
      s.setString(++i, n.closedReason());
      s.setInt(++i, n.rounds().size());
      s.setString(++i, n.lastRound().outcome().decision().code());
      s.setString(++i, RoundRows.time(n.createdAt()));
      s.setString(++i, RoundRows.time(n.updatedAt()));
      s.executeUpdate();
    }
    for (Round r : n.rounds()) {
      RoundRows.insert(c, id, r);
    }
  }

  /**
   * Appends a round to an open negotiation: the negotiation's row is updated first, which locks it
   * (PostgreSQL) or runs under the write lock (SQLite), so two writers never take one number.
   *
   * @return the new round's number
   */
  static int appendRound(Connection c, long id, RoundDraft draft, Instant now, String where) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE negotiation SET rounds = rounds + 1, last_decision = ?,"
        + " updated_at = ? WHERE id = ? AND closed_reason IS NULL")) {
      s.setString(1, draft.outcome().decision().code());
      s.setString(2, RoundRows.time(now));
      s.setLong(3, id);
      if (s.executeUpdate() != 1) {
        String closed = closedReason(c, id, where);
        throw new NegotiationClosedException(id, closed);
      }
    }
    int number;
    try (PreparedStatement s = c.prepareStatement("SELECT rounds FROM negotiation WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        number = rs.getInt(1);
      }
    }
    RoundRows.insert(c, id, new Round(number, now, draft.note(), draft.offer(), draft.outcome()));
    return number;
  }

  /** Why it is closed; throws when there is no such negotiation. */
  private static String closedReason(Connection c, long id, String where) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT closed_reason FROM negotiation WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new NegotiationNotFoundException(id, where);
        }
        return rs.getString(1);
      }
    }
  }

  /** Closes it; throws when there is no such negotiation. Closing a closed one keeps its first reason. */
  static void close(Connection c, long id, String reason, Instant now, String where) throws SQLException {
    closedReason(c, id, where);
    try (PreparedStatement s = c.prepareStatement("UPDATE negotiation SET closed_reason = ?, updated_at = ?"
        + " WHERE id = ? AND closed_reason IS NULL")) {
      s.setString(1, reason);
      s.setString(2, RoundRows.time(now));
      s.setLong(3, id);
      s.executeUpdate();
    }
  }

  /** Deletes it and, by cascade, every row of its rounds. */
  static boolean delete(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM negotiation WHERE id = ?")) {
      s.setLong(1, id);
      return s.executeUpdate() == 1;
    }
  }
}
