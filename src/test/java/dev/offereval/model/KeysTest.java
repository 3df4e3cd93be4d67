package dev.offereval.model;

import dev.offereval.model.internal.Keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeysTest {

  /** The definition the hand-written version must keep: trim, fold white-space runs, lower case. */
  private static String reference(String name) {
    return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Test
  void foldsCaseAndWhiteSpace() {
    assertEquals("data engineer", Keys.of("  Data \t\n Engineer "));
    assertEquals("twilio", Keys.of("TWILIO"));
    assertNull(Keys.of(null));
  }

  @Test
  void charactersBesideTheUpperCaseRangeAreKept() {
    assertEquals("@[`{", Keys.of("@[`{"));
    assertEquals("a b", Keys.of("A\u000B\u000BB"));
    assertEquals("a\u00A0b", Keys.of("A\u00A0B"), "a no-break space is not white space to \\s");
  }

  @Test
  void aKeyAlreadyIsReturnedAsItIs() {
    String key = "data engineer";
    assertSame(key, Keys.of(key));
  }

  @Test
  void agreesWithTheRegularExpressionDefinitionOnRandomText() {
    Random random = new Random(20261124);
    // the letters either side of A-Z ('@', '['), the last ASCII character and the first beyond it
    char[] alphabet = " \t\n\u000B\f\r\u00A0\u2003\u0001aAZz9-_@[\u007F\u0080ÉéİıßΣ".toCharArray();
    for (int i = 0; i < 50_000; i++) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(12);
      for (int j = 0; j < n; j++) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertEquals(reference(s.toString()), Keys.of(s.toString()), "for '" + s + "'");
    }
  }
}
