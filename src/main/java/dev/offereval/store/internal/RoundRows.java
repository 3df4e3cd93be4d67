package dev.offereval.store.internal;

import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.store.Ask;
import dev.offereval.store.Round;
import dev.offereval.store.RoundDecision;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** Writes one round, its competing offers, its ask and its decision: the rows of one round. */
final class RoundRows {
  private RoundRows() {}

  static String time(Instant t) {
    return FixedTime.format(t);
  }

  /** An amount as exact decimal text. */
  static String decimal(BigDecimal d) {
    return d.toPlainString();
  }

  static void insert(Connection c, long negotiationId, Round r) throws SQLException {
    Offer o = r.offer();
    try (PreparedStatement s = c.prepareStatement("INSERT INTO negotiation_round (negotiation_id, round_no,"
        + " recorded_at, note, offer_id, company, role, level, region, currency, base, stock_grant, vest_years,"
        + " vest_schedule, bonus_pct, sign_on, skills, competing_count, status, evaluated_on, fingerprint, script)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      s.setLong(++i, negotiationId);
      s.setInt(++i, r.number());
      s.setString(++i, time(r.recordedAt()));
      s.setString(++i, r.note());
      s.setString(++i, o.offerId());
      s.setString(++i, o.company());
      s.setString(++i, o.role());
      s.setString(++i, o.level());
      s.setString(++i, o.region());
      s.setString(++i, o.currency().getCurrencyCode());
      s.setString(++i, decimal(o.base().amount()));
      s.setString(++i, decimal(o.stockGrant().amount()));
      s.setInt(++i, o.vestYears());
      s.setString(++i, o.vestSchedule().text());
      s.setString(++i, decimal(o.bonusPct()));
      s.setString(++i, decimal(o.signOn().amount()));
      s.setString(++i, String.join(";", o.skills()));
      s.setInt(++i, o.competing().size());
      s.setString(++i, r.outcome().status().name());
      s.setString(++i, r.outcome().evaluatedOn().toString());
      s.setString(++i, r.outcome().fingerprint());
      s.setString(++i, r.outcome().script());
      s.executeUpdate();
    }
    insertCompeting(c, negotiationId, r);
    if (r.outcome().ask() != null) {
      insertAsk(c, negotiationId, r.number(), r.outcome().ask());
    }
    insertDecision(c, negotiationId, r.number(), r.outcome().decision());
  }

  private static void insertCompeting(Connection c, long id, Round r) throws SQLException {
    if (r.offer().competing().isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO round_competing (negotiation_id, round_no, seq,"
        + " company, level, currency, base, stock_grant, vest_years, vest_schedule, bonus_pct, vesting_assumed)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int seq = 0;
      for (CompetingOffer co : r.offer().competing()) {
        int i = 0;
        s.setLong(++i, id);
        s.setInt(++i, r.number());
        s.setInt(++i, ++seq);
        s.setString(++i, co.company());
        s.setString(++i, co.level());
        s.setString(++i, co.currency().getCurrencyCode());
        s.setString(++i, decimal(co.base().amount()));
        s.setString(++i, decimal(co.stockGrant().amount()));
        s.setInt(++i, co.vestYears());
        s.setString(++i, co.vestSchedule().text());
        s.setString(++i, co.bonusPct() == null ? null : decimal(co.bonusPct()));
        s.setBoolean(++i, co.vestingAssumed());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void insertAsk(Connection c, long id, int round, Ask a) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO round_ask (negotiation_id, round_no, currency, base,"
        + " stock_grant, vest_years, bonus_pct, sign_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      s.setLong(++i, id);
      s.setInt(++i, round);
      s.setString(++i, a.base().currency().getCurrencyCode());
      s.setString(++i, decimal(a.base().amount()));
      s.setString(++i, decimal(money(a.stockGrant(), a.base()).amount()));
      s.setInt(++i, a.vestYears());
      s.setString(++i, decimal(a.bonusPct()));
      s.setString(++i, decimal(money(a.signOn(), a.base()).amount()));
      s.executeUpdate();
    }
  }

  /** An ask's figure, which must be in its base's currency: one currency column holds them all. */
  private static Money money(Money m, Money base) {
    if (!m.currency().equals(base.currency())) {
      throw new IllegalArgumentException("an ask's figures share one currency: " + m + " beside " + base);
    }
    return m;
  }

  private static void insertDecision(Connection c, long id, int round, RoundDecision d) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO round_decision (negotiation_id, round_no, code, reason) VALUES (?, ?, ?, ?)")) {
      s.setLong(1, id);
      s.setInt(2, round);
      s.setString(3, d.code());
      s.setString(4, d.reason());
      s.executeUpdate();
    }
    if (d.figures().isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO round_decision_figure (negotiation_id, round_no,"
        + " name, amount, unit) VALUES (?, ?, ?, ?, ?)")) {
      for (RoundDecision.Figure f : d.figures()) {
        s.setLong(1, id);
        s.setInt(2, round);
        s.setString(3, f.name());
        s.setString(4, decimal(f.value()));
        s.setString(5, f.unit());
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
