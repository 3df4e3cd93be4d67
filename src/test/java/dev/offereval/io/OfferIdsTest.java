package dev.offereval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OfferIdsTest {

  @Test
  void aRepeatedIdNamesTheLineItWasFirstSeenOn() {
    OfferIds ids = new OfferIds();
    assertEquals(0, ids.firstLineOrAdd("a", 2));
    assertEquals(0, ids.firstLineOrAdd("b", 3));
    assertEquals(2, ids.firstLineOrAdd("a", 4));
    assertEquals(2, ids.firstLineOrAdd("a", 9), "still the first line, not the last repeat");
    assertEquals(2, ids.size());
  }

  @Test
  void agreesWithAHashMapOnSeededIdsThroughSeveralGrowths() {
    Random random = new Random(20261124);
    OfferIds ids = new OfferIds();
    Map<String, Integer> first = new HashMap<>();
    for (int line = 2; line < 300_000; line++) {
      String id = "offer-" + random.nextInt(200_000);
      Integer expected = first.putIfAbsent(id, line);
      assertEquals(expected == null ? 0 : expected, ids.firstLineOrAdd(id, line), id);
    }
    assertEquals(first.size(), ids.size());
  }

  @Test
  void similarIdsHashApart() {
    assertNotEquals(OfferIds.hash("ab", 1, 31), OfferIds.hash("ba", 1, 31));
    assertNotEquals(OfferIds.hash("a", 1, 31), OfferIds.hash("a\u0000", 1, 31));
  }

  @Test
  void linesArePositive() {
    assertThrows(IllegalArgumentException.class, () -> new OfferIds().firstLineOrAdd("a", 0));
  }
}
