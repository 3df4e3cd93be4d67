package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SpoolTest {

  @Test
  void smallOutputStaysInMemoryAndComesOutWhole() throws Exception {
    Spool spool = new Spool();
    spool.write("a,b\n");
    spool.write("1,2\n".toCharArray(), 0, 4);
    StringWriter out = new StringWriter();
    spool.copyTo(out);
    assertEquals("a,b\n1,2\n", out.toString());
  }

  @Test
  void largeOutputMovesToAFileAndComesOutWholeAndInOrder() throws Exception {
    Spool spool = new Spool();
    StringBuilder expected = new StringBuilder();
    String row = "row £ é ".repeat(100) + "\n";
    for (int i = 0; expected.length() <= Spool.MEMORY_CHARS * 2; i++) {
      String line = i + ":" + row;
      spool.write(line);
      expected.append(line);
    }
    StringWriter out = new StringWriter();
    spool.copyTo(out);
    assertEquals(expected.toString(), out.toString());
  }

  @Test
  void discardedOutputWritesNothing() throws Exception {
    Spool spool = new Spool();
    spool.write("x".repeat(Spool.MEMORY_CHARS + 10));
    spool.close();
    spool.close(); // twice is harmless
  }
}
