package dev.offereval.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a negotiations database is whole: every negotiation's rounds numbered 1 to its count with
 * none missing or extra, every round with its decision and with as many competing offers as it
 * says, and no row of a round without its negotiation. Each problem is one line.
 */
final class StoreIntegrity {
  private StoreIntegrity() {}

  static List<String> problems(Connection c) throws SQLException {
    List<String> problems = new ArrayList<>();
    query(c, problems, "SELECT n.id, n.rounds, COUNT(r.round_no), MIN(r.round_no), MAX(r.round_no) FROM negotiation n"
        + " LEFT JOIN negotiation_round r ON r.negotiation_id = n.id GROUP BY n.id, n.rounds"
        + " HAVING n.rounds <> COUNT(r.round_no) OR MIN(r.round_no) <> 1 OR MAX(r.round_no) <> n.rounds",
        "negotiation %s says %s rounds; it has %s, numbered %s to %s");
    query(c, problems, "SELECT r.negotiation_id, r.round_no FROM negotiation_round r"
        + " LEFT JOIN round_decision d ON d.negotiation_id = r.negotiation_id AND d.round_no = r.round_no"
        + " WHERE d.code IS NULL", "negotiation %s round %s has no decision");
    query(c, problems, "SELECT r.negotiation_id, r.round_no, r.competing_count, COUNT(k.seq) FROM negotiation_round r"
        + " LEFT JOIN round_competing k ON k.negotiation_id = r.negotiation_id AND k.round_no = r.round_no"
        + " GROUP BY r.negotiation_id, r.round_no, r.competing_count HAVING r.competing_count <> COUNT(k.seq)",
        "negotiation %s round %s says %s competing offers; it has %s");
    query(c, problems, "SELECT r.negotiation_id, r.round_no FROM negotiation_round r"
        + " LEFT JOIN negotiation n ON n.id = r.negotiation_id WHERE n.id IS NULL",
        "round %2$s of negotiation %1$s has no negotiation");
    query(c, problems, "SELECT n.id, n.last_decision, d.code FROM negotiation n JOIN round_decision d"
        + " ON d.negotiation_id = n.id AND d.round_no = n.rounds WHERE n.last_decision <> d.code",
        "negotiation %s lists its last decision as %s; its last round decided %s");
    return problems;
  }

  private static void query(Connection c, List<String> problems, String sql, String format) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Object[] values = new Object[columns];
        for (int i = 0; i < columns; i++) {
          values[i] = rs.getString(i + 1);
        }
        problems.add(String.format(format, values));
      }
    }
  }
}
