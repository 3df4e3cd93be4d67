package dev.offereval.io;

/**
 * A CSV file as a whole cannot be read (not UTF-8, an unclosed quote, a missing required column):
 * nothing from it is evaluated or written.
 */
public final class CsvFileException extends Exception {
  private final String file;
  private final int line;

  public CsvFileException(String file, int line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }
}
