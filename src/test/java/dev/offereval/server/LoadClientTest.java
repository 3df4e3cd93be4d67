package dev.offereval.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A small run of the load client: every answer right, and the figures it reports consistent. Not timed. */
class LoadClientTest {
  @Test
  void aSmallLoadGetsEveryAnswerRight() throws Exception {
    try (OfferServer server = Http.start(Http.evaluator(), null)) {
      LoadClient.Result r = LoadClient.run(server.port(), 203, 4);
      assertEquals(0, r.errors(), r.report());
      assertEquals(203, r.requests());
      assertTrue(r.p50() > 0 && r.p50() <= r.p99() && r.p99() <= r.max(), r.report());
      assertEquals(5, r.heapMiB().size(), "heap before and after each quarter");
      assertTrue(r.perSecond() > 0, r.report());
    }
  }
}
