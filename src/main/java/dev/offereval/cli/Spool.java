package dev.offereval.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Output held back until a run has succeeded, so that a file found broken halfway (an unclosed
 * quote on its last line) leaves no partial output on standard output either. It stays in memory
 * while small and moves to a temporary file past {@link #MEMORY_CHARS}, so a batch of any size
 * needs no more heap.
 */
final class Spool extends Writer {
  /** Characters held in memory before the spool moves to a temporary file. */
  static final int MEMORY_CHARS = 4 * 1024 * 1024;

  private StringBuilder memory = new StringBuilder();
  private Path file;
  private Writer disk;

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    if (disk == null && memory.length() + length <= MEMORY_CHARS) {
      memory.append(buffer, offset, length);
      return;
    }
    if (disk == null) {
      file = Files.createTempFile("offer-eval-", ".spool");
      file.toFile().deleteOnExit();
      disk = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
      disk.append(memory);
      memory = null;
    }
    disk.write(buffer, offset, length);
  }

  @Override
  public void write(String text) throws IOException {
    if (disk == null && memory.length() + text.length() <= MEMORY_CHARS) {
      memory.append(text);
    } else {
      write(text.toCharArray(), 0, text.length());
    }
  }

  @Override
  public void flush() throws IOException {
    if (disk != null) {
      disk.flush();
    }
  }

  /** The temporary file the spool moved to, or null while it is in memory. */
  Path file() {
    return file;
  }

  /** Writes everything held to {@code out}, then lets it go. */
  void copyTo(Writer out) throws IOException {
    if (disk == null) {
      out.append(memory);
    } else {
      disk.close();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        in.transferTo(out);
      }
    }
    out.flush();
    close();
  }

  /** Lets everything held go, writing nothing. */
  @Override
  public void close() throws IOException {
    memory = null;
    if (disk != null) {
      disk.close();
      Files.deleteIfExists(file);
      disk = null;
    }
  }
}
