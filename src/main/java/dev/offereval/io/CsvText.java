package dev.offereval.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV the way spreadsheets write it: strict UTF-8 with or without a BOM, LF or CRLF, quoted
 * fields holding commas, quotes and newlines, and blank lines (skipped). Each record keeps the line
 * it starts on.
 */
public final class CsvText {
  static final int MAX_CELL_CHARS = OfferCsvReader.MAX_CELL_CHARS;

  static final CsvMapper CSV = CsvMapper.builder().build();

  /** One record: the line it starts on and its cells, as written. */
  public record Record(int line, List<String> cells) {
    boolean blank() {
      return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
  }

  private final String name;
  private final Path file;
  private final JsonParser parser;

  private CsvText(String name, Path file, JsonParser parser) {
    this.name = name;
    this.file = file;
    this.parser = parser;
  }

  private CsvFileException notUtf8(CharacterCodingException e) {
    int line = firstInvalidUtf8Line(file);
    return new CsvFileException(name, line, "the file is not UTF-8 text: the bytes on this line are not valid UTF-8"
        + " (save or export it as CSV UTF-8)");
  }

  /** The 1-based line of the first byte that is not valid UTF-8, or 0 when none or unreadable. */
  static int firstInvalidUtf8Line(Path file) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(64 * 1024);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(64 * 1024);
    int line = 1;
    try (var channel = Files.newByteChannel(file)) {
      boolean end = false;
      while (!end) {
        end = channel.read(in) < 0;
        in.flip();
        int start = in.position();
        var result = decoder.decode(in, out, end);
        for (int i = start; i < in.position(); i++) {
          if (in.get(i) == '\n') {
            line++;
          }
        }
        if (result.isError()) {
          return line;
        }
        out.clear();
        in.compact();
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }

  /** Opens {@code file}, named {@code name} in messages; a BOM is skipped. */
  public static CsvText open(Path file, String name) throws CsvFileException {
    try {
      Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)));
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      JsonParser p = CSV.reader().with(CsvSchema.emptySchema()).createParser(reader);
      return new CsvText(name, file, p);
    } catch (CharacterCodingException e) {
      throw new CsvText(name, file, null).notUtf8(e);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new CsvFileException(name, 0, "file not found");
    } catch (IOException e) {
      throw new CsvFileException(name, 0, "cannot read: " + reason(e));
    }
  }

  /** The next non-blank record, or null at the end. */
  public Record next() throws CsvFileException {
    while (true) {
      Record r = nextRecord();
      if (r == null || !r.blank()) {
        return r;
      }
    }
  }

  private Record nextRecord() throws CsvFileException {
    int line = 0;
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return null;
      }
      // the token location of a record's start is unreliable (-1 for the first); the parser's
      // position just after it is the record's first line, also after quoted line breaks
      line = parser.currentLocation().getLineNr();
      if (t != JsonToken.START_ARRAY) {
        throw new CsvFileException(name, line, "unexpected content");
      }
      List<String> cells = new ArrayList<>();
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new CsvFileException(name, line, "the file ends inside a quoted field (a quote is left unclosed)");
        }
        String cell = t == JsonToken.VALUE_NULL || parser.getText() == null ? "" : parser.getText();
        if (cell.length() > MAX_CELL_CHARS) {
          throw new CsvFileException(name, line, "a cell is longer than " + MAX_CELL_CHARS + " characters");
        }
        cells.add(cell);
      }
      return new Record(line, cells);
    } catch (CharacterCodingException e) {
      throw notUtf8(e);
    } catch (JsonProcessingException e) {
      String m = String.valueOf(e.getOriginalMessage());
      if (m.contains("Missing closing quote")) {
        throw new CsvFileException(name, line, "a quoted field in the row starting on this line is never closed"
            + " (the file ends inside the quotes)");
      }
      int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      throw new CsvFileException(name, at, m);
    } catch (IOException e) {
      throw new CsvFileException(name, line, reason(e));
    }
  }

  public void close() {
    try {
      if (parser != null) {
        parser.close();
      }
    } catch (IOException ignored) {
      // nothing left to release that matters
    }
  }

  private static String reason(IOException e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t instanceof CharacterCodingException ? "the file is not UTF-8 text" : String.valueOf(t.getMessage());
  }
}
