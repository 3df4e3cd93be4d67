package dev.offereval.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain of sources that explains an equivalence. Synthetic: Example Analytics and Example Streaming are made up. */
class LevelClassTest {
  private static LevelMapping.Level level(String company, String level) {
    return new LevelMapping.Level(company, level);
  }

  private static final LevelMapping SEED = new LevelMapping("data-engineer-l2", "seed:18", 8,
      List.of(level("Twilio", "L2"), level("Google", "L3"), level("Meta", "E3")));
  private static final LevelMapping A = new LevelMapping("analytics-a2", "guide A:14", 16,
      List.of(level("Example Analytics", "A2"), level("Meta", "E3"), level("Google", "L3")));
  private static final LevelMapping B = new LevelMapping("streaming-s2", "guide B:9", 22,
      List.of(level("Example Streaming", "S2"), level("Example Analytics", "A2")));
  private static final LevelClass CLASS = new LevelClass("analytics-a2", List.of(SEED, A, B));

  private static String chain(LevelMapping.Level from, LevelMapping.Level to) {
    return CLASS.chain(from, to).stream().map(l -> l.level() + " [" + l.via().source() + "]").toList().toString();
  }

  @Test
  void theShortestChainGoesThroughTheEarliestEntries() {
    assertEquals("[Google L3 [seed:18], Example Analytics A2 [guide A:14], Example Streaming S2 [guide B:9]]",
        chain(level("twilio", "l2"), level("Example Streaming", "S2")));
    assertEquals("[Google L3 [seed:18], Example Analytics A2 [guide A:14]]",
        chain(level("Twilio", "L2"), level("Example Analytics", "A2")));
    // near miss: one entry lists both, so one link
    assertEquals("[Example Analytics A2 [guide A:14]]", chain(level("Meta", "E3"), level("Example Analytics", "A2")));
  }

  @Test
  void aLevelIsItsOwnEquivalentWithNoChainAndALevelOutsideTheClassHasNone() {
    assertEquals("[]", chain(level("Twilio", "L2"), level("Twilio", "L2")));
    assertEquals("[]", chain(level("Twilio", "L2"), level("Google", "L4")));
  }

  @Test
  void aClassIsKnownByItsIdAndWritesItselfSo() {
    assertEquals(LevelClass.named("analytics-a2"), CLASS);
    assertNotEquals(LevelClass.named("data-engineer-l2"), CLASS);
    assertEquals("analytics-a2", CLASS.toString());
    assertEquals(List.of(level("Twilio", "L2"), level("Google", "L3"), level("Meta", "E3"), level("Example Analytics", "A2"),
        level("Example Streaming", "S2")), CLASS.levels());
  }
}
