package dev.offereval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.store.internal.DatabaseFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API on an SQLite file in a temporary folder: what is written comes back exactly. */
class NegotiationsTest {
  static final LocalDate ON = LocalDate.of(2026, 11, 23);

  @TempDir Path dir;

  static Evaluation evaluate(Offer offer) {
    return Offers.shipped().evaluate(offer, ON, dev.offereval.engine.Explain.NONE);
  }

  static Offer revised(Offer previous, String base) {
    return previous.toBuilder().base(Money.of(base, "USD")).build();
  }

  @Test
  void givenAnOfferWithCentsWhenStartedAndReopenedThenRoundOneComesBackExactly() {
    Offer offer = Offers.seedExample().toBuilder().base(Money.of("170000.10", "USD")).build();
    Evaluation e = evaluate(offer);
    long id;
    try (Negotiations n = Negotiations.open(dir.resolve("n.db"))) {
      id = n.start(offer, e, "first call").id();
    }
    try (Negotiations n = Negotiations.open(dir.resolve("n.db"))) {
      Negotiation back = n.get(id);
      Round r1 = back.rounds().get(0);
      assertEquals(offer, r1.offer());
      assertEquals("170000.10", r1.offer().base().amount().toPlainString(), "the scale is kept, not only the value");
      assertEquals("first call", r1.note());
      assertEquals(RoundOutcome.of(e), r1.outcome());
      assertEquals(RoundDecision.COUNTER, r1.outcome().decision().code());
      assertEquals(e.counter().orElseThrow().upliftPct(),
          r1.outcome().decision().figure("uplift_pct").orElseThrow().value());
      assertEquals(Money.of(195_000, "USD"), r1.outcome().ask().base());
    }
  }

  @Test
  void givenThreeRoundsWhenReadThenTheyAreInOrderAndTheMoveIsMeasuredAgainstTheAsk() {
    try (Negotiations n = Negotiations.open(dir.resolve("n.db"))) {
      Offer first = Offers.seedExample();
      long id = n.start(first, evaluate(first)).id();
      Offer second = revised(first, "185000");
      n.addRound(id, second, evaluate(second), "recruiter's answer");
      Offer third = revised(second, "185000");
      Negotiation after = n.addRound(id, third, evaluate(third), null);

      assertEquals(List.of(1, 2, 3), after.rounds().stream().map(Round::number).toList());
      RoundChange.ComponentMove base = RoundChange.between(after.rounds().get(0), after.rounds().get(1))
          .components().get(0);
      assertEquals(new BigDecimal("15000"), base.change());
      assertEquals(new BigDecimal("60.00"), base.gapClosedPct(), "15,000 of the 25,000 asked");
      // near miss: round 3 repeats round 2's figures, so nothing moved
      assertTrue(RoundChange.between(after.rounds().get(1), after.rounds().get(2)).moved().isEmpty());
      assertEquals(3, n.list().get(0).rounds());
    }
  }

  @Test
  void givenAClosedNegotiationWhenARoundIsAddedThenItIsRefusedAndNothingIsWritten() {
    try (Negotiations n = Negotiations.open(dir.resolve("n.db"))) {
      Offer first = Offers.seedExample();
      Evaluation e = evaluate(first);
      long closed = n.start(first, e).id();
      long open = n.start(first, e).id();
      n.closeNegotiation(closed, "accepted");

      NegotiationClosedException refused = assertThrows(NegotiationClosedException.class,
          () -> n.addRound(closed, first, e, null));
      assertEquals("negotiation " + closed + " is closed (accepted); it takes no more rounds", refused.getMessage());
      assertEquals(1, n.get(closed).rounds().size());
      // near miss: the open one takes the same round
      assertEquals(2, n.addRound(open, first, e, null).rounds().size());
    }
  }

  @Test
  void givenAnUnknownIdThenEveryOperationNamesItAndTheDatabase() {
    Path file = dir.resolve("n.db");
    try (Negotiations n = Negotiations.open(file)) {
      Offer first = Offers.seedExample();
      Evaluation e = evaluate(first);
      long id = n.start(first, e).id();
      String expected = "no negotiation " + (id + 1) + " in " + file;
      assertEquals(expected, assertThrows(NegotiationNotFoundException.class, () -> n.get(id + 1)).getMessage());
      assertEquals(expected,
          assertThrows(NegotiationNotFoundException.class, () -> n.addRound(id + 1, first, e, null)).getMessage());
      assertEquals(expected, assertThrows(NegotiationNotFoundException.class, () -> n.delete(id + 1)).getMessage());
      assertEquals(id, n.get(id).id());
    }
  }

  @Test
  void givenTwoNegotiationsWhenOneIsDeletedThenNoRowOfItRemainsAndTheOtherIsWhole() throws Exception {
    Path file = dir.resolve("n.db");
    long kept;
    long gone;
    try (Negotiations n = Negotiations.open(file)) {
      Offer first = Offers.seedExample();
      Evaluation e = evaluate(first);
      gone = n.start(first, e).id();
      n.addRound(gone, revised(first, "180000"), evaluate(revised(first, "180000")), null);
      kept = n.start(first, e).id();
      assertEquals(2, n.delete(gone).rounds().size());
      assertThrows(NegotiationNotFoundException.class, () -> n.get(gone));
      assertEquals(List.of(kept), n.list().stream().map(NegotiationSummary::id).toList());
      Offer again = Offers.seedExample();
      assertEquals(kept + 1, n.start(again, e).id(), "a deleted id is never given again");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      for (String table : List.of("negotiation_round", "round_competing", "round_ask", "round_decision",
          "round_decision_figure")) {
        assertEquals(0, count(c, "SELECT COUNT(*) FROM " + table + " WHERE negotiation_id = " + gone), table);
        assertTrue(count(c, "SELECT COUNT(*) FROM " + table + " WHERE negotiation_id = " + kept) > 0, table);
      }
      assertEquals(List.of(), StoreIntegrity.problems(c));
    }
  }

  @Test
  void givenNoFileWhenOpenedThenTheFileAndItsFoldersAreOwnerOnly() throws Exception {
    Path file = dir.resolve("a/b/negotiations.db");
    try (Negotiations n = Negotiations.open(file)) {
      assertEquals(file.toString(), n.location());
    }
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a"))));
  }

  @Test
  void givenAnExistingFileWhenOpenedThenItsPermissionsAreLeftAlone() throws Exception {
    Path file = dir.resolve("shared.db");
    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r-----")));
    try (Negotiations n = Negotiations.open(file)) {
      assertTrue(n.list().isEmpty());
    }
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void theDefaultFileIsUnderXdgDataHomeWhenItIsAbsoluteElseUnderTheHome() {
    assertEquals(Path.of("/data/offer-evaluator/negotiations.db"),
        DatabaseFile.defaultFile(Map.of("XDG_DATA_HOME", "/data"), "/home/u"));
    // near misses: a relative or blank XDG_DATA_HOME is ignored, as the XDG specification says
    assertEquals(Path.of("/home/u/.local/share/offer-evaluator/negotiations.db"),
        DatabaseFile.defaultFile(Map.of("XDG_DATA_HOME", "data"), "/home/u"));
    assertEquals(Path.of("/home/u/.local/share/offer-evaluator/negotiations.db"),
        DatabaseFile.defaultFile(Map.of("XDG_DATA_HOME", " "), "/home/u"));
  }

  @Test
  void givenAnExportWhenImportedThenItIsTheSameNegotiationUnderANewId() {
    try (Negotiations n = Negotiations.open(dir.resolve("n.db"))) {
      Offer first = Offers.seedExample();
      long id = n.start(first, evaluate(first), "a \"quoted\" note").id();
      Offer second = revised(first, "190000.55");
      Negotiation original = n.addRound(id, second, evaluate(second), null);
      n.closeNegotiation(id, "accepted");
      Negotiation closed = n.get(id);

      Negotiation read = NegotiationJson.read(NegotiationJson.write(closed));
      long copy = n.restore(List.of(read)).get(0);

      Negotiation back = n.get(copy);
      assertEquals(id + 1, copy);
      assertEquals(closed.rounds(), back.rounds());
      assertEquals("accepted", back.closedReason());
      assertEquals(closed.createdAt(), back.createdAt());
      assertEquals("190000.55", back.lastRound().offer().base().amount().toPlainString());
      assertEquals(original.rounds().size(), back.rounds().size());
    }
  }

  @Test
  void givenSomethingThatIsNotAnExportWhenReadThenTheMessageSaysWhatIsMissing() {
    NegotiationException e = assertThrows(NegotiationException.class,
        () -> NegotiationJson.read("{\"format\": \"offer-eval-negotiation/1\", \"company\": \"X\"}"));
    assertEquals("not a negotiation export: \"rounds\" is missing", e.getMessage());
    assertThrows(NegotiationException.class, () -> NegotiationJson.read("{\"format\": \"something else\"}"));
    assertThrows(NegotiationException.class, () -> NegotiationJson.read("not json"));
  }

  @Test
  void givenAnOfferWithNoBandThenTheRoundHasNoAskAndDecisionNone() {
    try (Negotiations n = Negotiations.open(dir.resolve("n.db"))) {
      Offer noBand = Offers.seedExample().toBuilder().level("L9").build();
      Round r = n.start(noBand, evaluate(noBand)).lastRound();
      assertNull(r.outcome().ask());
      assertEquals(RoundDecision.NONE, r.outcome().decision().code());
      assertFalse(r.outcome().decision().figure("uplift_pct").isPresent());
    }
  }

  @Test
  void givenACompanyNameHoldingTheListsFieldSeparatorThenListStillReadsItWhole() {
    try (Negotiations n = Negotiations.open(dir.resolve("n.db"))) {
      Offer odd = Offers.seedExample().toBuilder().company("Odd\u001fName").build();
      Offer plain = Offers.seedExample();
      n.start(plain, evaluate(plain));
      n.start(odd, evaluate(odd));
      assertEquals(List.of("Twilio", "Odd\u001fName"), n.list().stream().map(NegotiationSummary::company).toList());
      // near miss: without it, the same two rows come back from the one-column query
      n.delete(2);
      assertEquals(List.of("Twilio"), n.list().stream().map(NegotiationSummary::company).toList());
    }
  }

  private static long count(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
