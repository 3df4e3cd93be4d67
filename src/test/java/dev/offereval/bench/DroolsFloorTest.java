package dev.offereval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** The floor probe measures what it says: N firings an offer, offers apart, in one session. */
class DroolsFloorTest {
  @Test
  void eachOfferTakesExactlyItsChainOfFiringsAndNoOtherOffersFacts() {
    KieBase base = DroolsFloor.compile(DroolsFloor.rules(5, "insertLogical"));
    KieSession session = base.newKieSession();
    try {
      for (int i = 0; i < 3; i++) {
        session.insert(new DroolsFloor.Subject());
      }
      int fired = session.fireAllRules();
      assertEquals(15, fired, "5 firings for each of 3 offers");
      assertEquals(3 + 15, session.getFactCount(), "3 subjects and 5 steps each");
    } finally {
      session.dispose();
    }
  }
}
