package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void discardedOutputLeavesNoFileBehind() throws Exception {
    Spool spool = new Spool();
    spool.write("x".repeat(Spool.MEMORY_CHARS));
    assertNull(spool.file(), "exactly the memory limit stays in memory");
    spool.write("y");
    Path file = spool.file();
    assertTrue(Files.exists(file), "past it, a temporary file");
    spool.close();
    assertFalse(Files.exists(file));
    spool.close(); // twice is harmless
    assertFalse(Files.exists(file));
  }

  @Test
  void copiedOutputLeavesNoFileBehind() throws Exception {
    Spool spool = new Spool();
    spool.write("z".repeat(Spool.MEMORY_CHARS + 1));
    Path file = spool.file();
    spool.copyTo(new StringWriter());
    assertFalse(Files.exists(file));
  }
}
