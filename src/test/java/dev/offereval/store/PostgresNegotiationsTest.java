package dev.offereval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.offereval.Offers;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same schema and code on a real PostgreSQL server, named by {@value #VARIABLE} (a JDBC URL
 * with its user; .ci/run starts a throwaway cluster and sets it). Skipped when it is unset. Each
 * test works in a schema of its own, dropped after it, so a shared server keeps nothing of it.
 */
class PostgresNegotiationsTest {
  static final String VARIABLE = "OFFER_EVAL_TEST_POSTGRES_URL";

  private String server;
  private String schema;
  private String url;

  @BeforeEach
  void schemaOfItsOwn() throws Exception {
    server = System.getenv(VARIABLE);
    Assumptions.assumeTrue(server != null && !server.isBlank(), VARIABLE + " is not set, so the PostgreSQL test is"
        + " skipped: .ci/run starts a throwaway server and sets it (see docs/negotiations.md)");
    schema = "offer_eval_test_" + Long.toHexString(System.nanoTime());
    try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @AfterEach
  void dropIt() throws Exception {
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  @Test
  void givenThreeRoundsWhenReadBackThroughANewConnectionThenTheyAreExactAndDeleteLeavesNoRow() throws Exception {
    Offer first = Offers.seedExample().toBuilder().base(Money.of("170000.10", "USD")).build();
    Offer second = first.toBuilder().base(Money.of("185000", "USD")).build();
    long id;
    try (Negotiations n = Negotiations.open(url)) {
      id = n.start(first, NegotiationsTest.evaluate(first), "first").id();
      n.addRound(id, second, NegotiationsTest.evaluate(second), null);
      n.addRound(id, second, NegotiationsTest.evaluate(second), "nothing moved");
    }
    try (Negotiations n = Negotiations.open(url)) {
      Negotiation back = n.get(id);
      assertEquals(3, back.rounds().size());
      assertEquals("170000.10", back.rounds().get(0).offer().base().amount().toPlainString());
      assertEquals(first, back.rounds().get(0).offer());
      assertEquals(RoundOutcome.of(NegotiationsTest.evaluate(first)), back.rounds().get(0).outcome());
      assertEquals(List.of(id), n.list().stream().map(NegotiationSummary::id).toList());
      n.closeNegotiation(id, "accepted");
      assertThrows(NegotiationClosedException.class, () -> n.addRound(id, second, NegotiationsTest.evaluate(second), null));
      n.delete(id);
      assertThrows(NegotiationNotFoundException.class, () -> n.get(id));
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM negotiation_round) + (SELECT COUNT(*) FROM round_decision)"
            + " + (SELECT COUNT(*) FROM round_competing) + (SELECT COUNT(*) FROM round_ask)")) {
      rs.next();
      assertEquals(0, rs.getLong(1), "rows of the deleted negotiation remain");
    }
  }

  @Test
  void givenTwoWritersAtOnceThenIdsAreDistinctAndEveryNegotiationsRoundsAreContiguous() throws Exception {
    Offer offer = Offers.seedExample();
    Evaluation e = NegotiationsTest.evaluate(offer);
    try (Negotiations warm = Negotiations.open(url)) {
      warm.list(); // migrates once, before the writers race
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<Long>>> writers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        writers.add(pool.submit(() -> {
          List<Long> ids = new ArrayList<>();
          try (Negotiations n = Negotiations.open(url)) {
            for (int i = 0; i < 10; i++) {
              long id = n.start(offer, e).id();
              n.addRound(id, offer, e, null);
              ids.add(id);
            }
          }
          return ids;
        }));
      }
      Set<Long> all = new TreeSet<>();
      for (Future<List<Long>> f : writers) {
        all.addAll(f.get());
      }
      assertEquals(20, all.size(), "two writers were given the same id");
    } finally {
      pool.shutdownNow();
    }
    try (Connection c = DriverManager.getConnection(url)) {
      assertEquals(List.of(), StoreIntegrity.problems(c));
    }
  }
}
