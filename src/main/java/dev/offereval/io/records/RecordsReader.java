package dev.offereval.io.records;

import dev.offereval.io.Amounts;
import dev.offereval.io.CsvFileException;
import dev.offereval.io.CsvText;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a records CSV a row at a time, in memory that does not grow with the file. The header is
 * the contract: {@link #COLUMNS}, case-insensitive, in any order, all required; {@value #SOURCE} is
 * optional; other columns are not read. Each well-formed row goes to a sink; each problem of a
 * malformed one is told as {@code FILE:LINE: column: reason}, so every bad line of the file is named.
 */
public final class RecordsReader {
  /** The columns every records file has. */
  public static final List<String> COLUMNS = List.of(
      "company", "role", "level", "region", "currency", "base", "stock_grant", "vest_years", "bonus_pct", "date");

  /** The optional column carried into a band's sources. */
  public static final String SOURCE = "source";

  /** Most years a grant may vest over; per-year stock is compared exactly in 1/2520ths (2520 = lcm 1..10). */
  public static final int MAX_VEST_YEARS = 10;

  /** Every vesting period from 1 to {@link #MAX_VEST_YEARS} years divides it. */
  static final long VEST_LCM = 2520;

  private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
  private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1000);
  private static final Pattern CODE = Pattern.compile("[A-Za-z]{3}");
  private static final Pattern YEARS = Pattern.compile("\\d{1,2}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private RecordsReader() {}

  /** What a read found besides the records themselves. */
  public record Summary(long records, long badLines, List<String> unreadColumns) {}

  /**
   * Reads {@code file} (named {@code name} in messages) to its end, giving each well-formed record to
   * {@code sink} and each problem to {@code problems}.
   *
   * <p>A header that lacks a column is a problem of its line, and no row is read.
   *
   * @throws CsvFileException when the file cannot be read as CSV at all (not found, not UTF-8, an
   *     unclosed quote, no header)
   */
  public static Summary read(Path file, String name, Consumer<CompensationRecord> sink, Consumer<String> problems)
      throws CsvFileException {
    CsvText csv = CsvText.open(file, name);
    try {
      CsvText.Record header = csv.next();
      if (header == null) {
        throw new CsvFileException(name, 0, "the file is empty; it needs a header row: " + String.join(",", COLUMNS));
      }
      Map<String, Integer> index = new HashMap<>();
      List<String> unread = new ArrayList<>();
      for (int i = 0; i < header.cells().size(); i++) {
        String raw = header.cells().get(i).strip();
        String key = raw.toLowerCase(Locale.ROOT);
        if (!key.isEmpty() && index.putIfAbsent(key, i) != null) {
          throw new CsvFileException(name, header.line(), "column '" + raw + "' appears twice in the header");
        }
        if (!key.isEmpty() && !COLUMNS.contains(key) && !key.equals(SOURCE)) {
          unread.add(raw);
        }
      }
      List<String> missing = COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
      for (String column : missing) {
        problems.accept(name + ":" + header.line() + ": " + column + ": missing from the header (it has "
            + String.join(",", header.cells()) + "; a records file has " + String.join(",", COLUMNS) + ")");
      }
      if (!missing.isEmpty()) {
        return new Summary(0, 1, List.copyOf(unread));
      }
      long records = 0;
      long bad = 0;
      Row row = new Row(name, index, header.cells().size(), problems);
      for (CsvText.Record r = csv.next(); r != null; r = csv.next()) {
        CompensationRecord record = row.parse(r);
        if (record == null) {
          bad++;
        } else {
          records++;
          sink.accept(record);
        }
      }
      return new Summary(records, bad, List.copyOf(unread));
    } finally {
      csv.close();
    }
  }

  /** The parsing of one row, telling each of its problems. */
  private static final class Row {
    private final String name;
    private final Map<String, Integer> index;
    private final int width;
    private final Consumer<String> problems;
    private CsvText.Record record;
    private boolean bad;

    Row(String name, Map<String, Integer> index, int width, Consumer<String> problems) {
      this.name = name;
      this.index = index;
      this.width = width;
      this.problems = problems;
    }

    CompensationRecord parse(CsvText.Record r) {
      record = r;
      bad = false;
      if (r.cells().size() > width) {
        problem("row", "has " + r.cells().size() + " cells where the header has " + width + " (an unquoted comma?)");
      }
      String company = text("company");
      String role = text("role");
      String level = text("level");
      String region = text("region");
      Currency currency = currency();
      long base = cents("base");
      long grant = cents("stock_grant");
      int vest = vestYears();
      long bonus = bonus();
      int day = date();
      Integer at = index.get(SOURCE);
      String source = at == null || at >= r.cells().size() ? ""
          : SPACES.matcher(r.cells().get(at).strip()).replaceAll(" ");
      return bad ? null : new CompensationRecord(r.line(), company, role, level, region, currency, base, grant, vest,
          bonus, day, source.isEmpty() ? null : source);
    }

    private void problem(String column, String reason) {
      bad = true;
      problems.accept(name + ":" + record.line() + ": " + column + ": " + reason);
    }

    /** The stripped cell, or null after telling why there is none. */
    private String text(String column) {
      int at = index.get(column);
      if (at >= record.cells().size()) {
        problem(column, "missing (the row has " + record.cells().size() + " cells where the header has " + width + ")");
        return null;
      }
      String v = record.cells().get(at).strip();
      if (v.isEmpty()) {
        problem(column, "is blank");
        return null;
      }
      return v;
    }

    private Currency currency() {
      String v = text("currency");
      if (v == null) {
        return null;
      }
      try {
        if (!CODE.matcher(v).matches()) {
          throw new IllegalArgumentException();
        }
        return Currency.getInstance(v.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problem("currency", "'" + v + "' is not an ISO 4217 currency code (such as USD or GBP)");
        return null;
      }
    }

    private long cents(String column) {
      String v = text(column);
      if (v == null) {
        return -1;
      }
      try {
        BigDecimal amount = Amounts.parse(v);
        if (amount.scale() > 2) {
          problem(column, "'" + v + "' has more than two decimals");
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
          problem(column, "'" + v + "' is more than " + MAX_AMOUNT.toPlainString());
        } else {
          return amount.movePointRight(2).longValueExact();
        }
      } catch (IllegalArgumentException e) {
        problem(column, e.getMessage());
      }
      return -1;
    }

    private int vestYears() {
      String v = text("vest_years");
      if (v == null) {
        return -1;
      }
      int years = YEARS.matcher(v).matches() ? Integer.parseInt(v) : 0;
      if (years < 1 || years > MAX_VEST_YEARS) {
        problem("vest_years", "'" + v + "' is not a whole number of years from 1 to " + MAX_VEST_YEARS);
        return -1;
      }
      return years;
    }

    private long bonus() {
      String v = text("bonus_pct");
      if (v == null) {
        return -1;
      }
      try {
        BigDecimal pct = Amounts.percent(v);
        if (pct.scale() > 4) {
          problem("bonus_pct", "'" + v + "' has more than four decimals");
        } else if (pct.compareTo(MAX_PERCENT) > 0) {
          problem("bonus_pct", "'" + v + "' is more than " + MAX_PERCENT + "%");
        } else {
          return pct.movePointRight(4).longValueExact();
        }
      } catch (IllegalArgumentException e) {
        problem("bonus_pct", e.getMessage());
      }
      return -1;
    }

    private int date() {
      String v = text("date");
      if (v == null) {
        return 0;
      }
      try {
        if (!DATE.matcher(v).matches()) {
          throw new DateTimeParseException("", v, 0);
        }
        return (int) LocalDate.parse(v).toEpochDay();
      } catch (DateTimeParseException e) {
        problem("date", "'" + v + "' is not a date (YYYY-MM-DD)");
        return 0;
      }
    }
  }
}
