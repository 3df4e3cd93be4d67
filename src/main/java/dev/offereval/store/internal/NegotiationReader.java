package dev.offereval.store.internal;

import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.Status;
import dev.offereval.model.VestSchedule;
import dev.offereval.store.Ask;
import dev.offereval.store.Negotiation;
import dev.offereval.store.NegotiationSummary;
import dev.offereval.store.Round;
import dev.offereval.store.RoundDecision;
import dev.offereval.store.RoundOutcome;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Reads negotiations back into records, their amounts exact. */
final class NegotiationReader {
  private NegotiationReader() {}

  /** Between the fields of a row of {@link #list}: a control character no name holds. */
  private static final String FIELD = "\u001f";

  /**
   * Every negotiation in one line each, by id. Each row comes back as one text, its fields joined
   * by the database ({@code ||} is standard SQL): 10,000 rows read one column each take about half
   * the time of seven columns each through the SQLite driver. A name that holds the separator
   * after all makes it read the rows column by column instead.
   */
  static List<NegotiationSummary> list(Connection c) throws SQLException {
    List<NegotiationSummary> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id || ? || company || ? || role || ? || rounds || ? ||"
        + " last_decision || ? || updated_at || ? || CASE WHEN closed_reason IS NULL THEN 'open' ELSE 'closed' END"
        + " FROM negotiation ORDER BY id")) {
      for (int i = 1; i <= 6; i++) {
        s.setString(i, FIELD);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String[] f = rs.getString(1).split(FIELD, -1);
          if (f.length != 7) {
            return listByColumn(c);
          }
          out.add(new NegotiationSummary(Long.parseLong(f[0]), f[1], f[2], Integer.parseInt(f[3]), f[4],
              f[6].equals("open"), FixedTime.parse(f[5])));
        }
      }
    }
    return out;
  }

  private static List<NegotiationSummary> listByColumn(Connection c) throws SQLException {
    List<NegotiationSummary> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id, company, role, rounds, last_decision,"
        + " closed_reason, updated_at FROM negotiation ORDER BY id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        out.add(new NegotiationSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
            rs.getString(5), rs.getString(6) == null, FixedTime.parse(rs.getString(7))));
      }
    }
    return out;
  }

  /** The negotiation, or null when there is none with that id. */
  static Negotiation get(Connection c, long id) throws SQLException {
    String company;
    String role;
    String level;
    String region;
    String closed;
    int rounds;
    Instant created;
    Instant updated;
    try (PreparedStatement s = c.prepareStatement("SELECT company, role, level, region, closed_reason, rounds,"
        + " created_at, updated_at FROM negotiation WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        company = rs.getString(1);
        role = rs.getString(2);
        level = rs.getString(3);
        region = rs.getString(4);
        closed = rs.getString(5);
        rounds = rs.getInt(6);
        created = FixedTime.parse(rs.getString(7));
        updated = FixedTime.parse(rs.getString(8));
      }
    }
    Map<Integer, List<CompetingOffer>> competing = competing(c, id, rounds);
    Map<Integer, Ask> asks = asks(c, id, rounds);
    Map<Integer, RoundDecision> decisions = decisions(c, id, rounds);
    List<Round> out = new ArrayList<>(rounds);
    try (PreparedStatement s = c.prepareStatement("SELECT round_no, recorded_at, note, offer_id, company, role, level,"
        + " region, currency, base, stock_grant, vest_years, vest_schedule, bonus_pct, sign_on, skills, status,"
        + " evaluated_on, fingerprint, script FROM negotiation_round WHERE negotiation_id = ? AND round_no <= ?"
        + " ORDER BY round_no")) {
      s.setLong(1, id);
      s.setInt(2, rounds);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          int n = rs.getInt(1);
          String currency = rs.getString(9);
          int vestYears = rs.getInt(12);
          String skills = rs.getString(16);
          Offer offer = new Offer(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
              rs.getString(8), Money.of(rs.getString(10), currency), Money.of(rs.getString(11), currency),
              vestYears, new BigDecimal(rs.getString(14)), Money.of(rs.getString(15), currency),
              new TreeSet<>(skills.isEmpty() ? List.of() : Arrays.asList(skills.split(";"))),
              competing.getOrDefault(n, List.of()),
              VestSchedule.parse(rs.getString(13), vestYears, vestYears));
          RoundOutcome outcome = new RoundOutcome(Status.valueOf(rs.getString(17)),
              LocalDate.parse(rs.getString(18)), rs.getString(19), asks.get(n),
              decisions.getOrDefault(n, new RoundDecision(RoundDecision.NONE, null, List.of())), rs.getString(20));
          out.add(new Round(n, FixedTime.parse(rs.getString(2)), rs.getString(3), offer, outcome));
        }
      }
    }
    if (out.size() != rounds) {
      return null; // deleted while it was being read
    }
    return new Negotiation(id, company, role, level, region, closed, created, updated, out);
  }

  private static Map<Integer, List<CompetingOffer>> competing(Connection c, long id, int rounds) throws SQLException {
    Map<Integer, List<CompetingOffer>> out = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT round_no, company, level, currency, base, stock_grant,"
        + " vest_years, vest_schedule, bonus_pct, vesting_assumed FROM round_competing"
        + " WHERE negotiation_id = ? AND round_no <= ? ORDER BY round_no, seq")) {
      s.setLong(1, id);
      s.setInt(2, rounds);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String currency = rs.getString(4);
          int vestYears = rs.getInt(7);
          String bonus = rs.getString(9);
          out.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new CompetingOffer(rs.getString(2),
              rs.getString(3), Money.of(rs.getString(5), currency), Money.of(rs.getString(6), currency), vestYears,
              bonus == null ? null : new BigDecimal(bonus), VestSchedule.parse(rs.getString(8), vestYears, vestYears),
              rs.getBoolean(10)));
        }
      }
    }
    return out;
  }

  private static Map<Integer, Ask> asks(Connection c, long id, int rounds) throws SQLException {
    Map<Integer, Ask> out = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT round_no, currency, base, stock_grant, vest_years,"
        + " bonus_pct, sign_on FROM round_ask WHERE negotiation_id = ? AND round_no <= ?")) {
      s.setLong(1, id);
      s.setInt(2, rounds);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String currency = rs.getString(2);
          out.put(rs.getInt(1), new Ask(Money.of(rs.getString(3), currency), Money.of(rs.getString(4), currency),
              rs.getInt(5), new BigDecimal(rs.getString(6)), Money.of(rs.getString(7), currency)));
        }
      }
    }
    return out;
  }

  private static Map<Integer, RoundDecision> decisions(Connection c, long id, int rounds) throws SQLException {
    Map<Integer, List<RoundDecision.Figure>> figures = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT round_no, name, amount, unit FROM round_decision_figure"
        + " WHERE negotiation_id = ? AND round_no <= ? ORDER BY round_no, name")) {
      s.setLong(1, id);
      s.setInt(2, rounds);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          figures.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
              .add(new RoundDecision.Figure(rs.getString(2), new BigDecimal(rs.getString(3)), rs.getString(4)));
        }
      }
    }
    Map<Integer, RoundDecision> out = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT round_no, code, reason FROM round_decision"
        + " WHERE negotiation_id = ? AND round_no <= ?")) {
      s.setLong(1, id);
      s.setInt(2, rounds);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          int n = rs.getInt(1);
          out.put(n, new RoundDecision(rs.getString(2), rs.getString(3), figures.getOrDefault(n, List.of())));
        }
      }
    }
    return out;
  }
}
