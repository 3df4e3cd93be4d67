package dev.offereval.io;

import dev.offereval.model.InvalidInputException;
import dev.offereval.model.Band;
import dev.offereval.model.BandKey;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.internal.Keys;
import dev.offereval.model.internal.Names;
import dev.offereval.model.internal.ReferenceData;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.VestSchedule;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an offers CSV into {@link OfferRow}s, one per data row, in order.
 *
 * <p>The header is the contract: {@link #COLUMNS}, case-insensitive, in any order. Only {@link
 * #REQUIRED} must be present; a column the tool does not know passes through to the output. A row
 * that breaks a rule becomes an invalid {@link OfferRow} naming the column, the value and why; it is
 * never dropped.
 */
public final class OfferCsvReader {

  /** Every column the tool reads, in the documented order. */
  public static final List<String> COLUMNS = List.of(
      "offer_id", "company", "role", "level", "region", "currency", "base", "stock_grant", "vest_years",
      "bonus_pct", "sign_on", "skills", "competing_company", "competing_level", "competing_base",
      "competing_stock_grant", "competing_vest_years", "competing_bonus_pct", "competing_currency",
      "vest_schedule", "competing_vest_schedule");

  /** Columns an evaluation cannot do without. */
  public static final List<String> REQUIRED = List.of("offer_id", "company", "role", "level", "region", "base");

  /** Columns of a competing-offers CSV given with {@code --competing}. */
  public static final List<String> COMPETING_COLUMNS = List.of(
      "offer_id", "competing_company", "competing_level", "competing_base", "competing_stock_grant",
      "competing_vest_years", "competing_bonus_pct", "competing_currency", "competing_vest_schedule");

  /** Where a competing row from another file came from, for its error messages. */
  private static final String LINE = " line";

  /** Largest CSV cell accepted, in characters; a longer one stops the file (it is not a spreadsheet export). */
  public static final int MAX_CELL_CHARS = 64 * 1024;

  /** Vesting years when a row leaves {@code vest_years} blank and no band gives them. */
  public static final int DEFAULT_VEST_YEARS = 4;

  private final ReferenceData data;

  /** @param data the bands, which give the defaults of blank optional columns */
  public OfferCsvReader(ReferenceData data) {
    this.data = data;
  }

  /**
   * A blank currency takes the band's, or with no band, the currency of the region's bands, or for a
   * region the data does not know, that of the one known region closest to it.
   */
  private Optional<Currency> defaultCurrency(Optional<Band> band, String region) {
    if (band.isPresent()) {
      return band.map(Band::currency);
    }
    Optional<Currency> own = regionCurrency(region);
    if (own.isPresent() || data.names().knows(Names.Kind.REGION, region)) {
      return own;
    }
    // a misspelt region ("San Fransisco") evaluates as NO_BAND, in the currency of the region meant
    List<String> closest = data.names().closest(Names.Kind.REGION, region);
    return closest.size() == 1 ? regionCurrency(closest.get(0)) : Optional.empty();
  }

  private Optional<Currency> regionCurrency(String region) {
    List<Currency> inRegion = data.bands().stream().filter(b -> b.regionKey().equals(Keys.of(region)))
        .map(Band::currency).distinct().toList();
    return inRegion.size() == 1 ? Optional.of(inRegion.get(0)) : Optional.empty();
  }

  /** The rows of an offers file and the header names of its pass-through columns. */
  public record Result(List<OfferRow> rows, List<String> extraColumns) {}

  public Result read(Path file) throws CsvFileException {
    return read(file, file.toString(), Map.of());
  }

  /**
   * Reads {@code file} whole; {@code competing} adds competing offers by offer_id (from {@link
   * #readCompeting}). For a file of any size, {@link #open} reads it a row at a time.
   */
  public Result read(Path file, String name, Map<String, List<Map<String, String>>> competing) throws CsvFileException {
    try (Rows in = open(file, name, competing)) {
      List<OfferRow> rows = new ArrayList<>();
      for (Record r = in.next(); r != null; r = in.next()) {
        rows.add(r.toRow());
      }
      return new Result(rows, in.extraColumns());
    }
  }

  /**
   * Opens {@code file} to read it a row at a time, in memory that does not grow with the file
   * (offer ids are remembered as fingerprints, {@link OfferIds}). The header is read and checked
   * now.
   *
   * @throws CsvFileException when the file cannot be read as a whole: not found, not UTF-8, no
   *     header, a missing or repeated required column
   */
  public Rows open(Path file, String name, Map<String, List<Map<String, String>>> competing) throws CsvFileException {
    CsvText csv = CsvText.open(file, name);
    try {
      CsvText.Record header = csv.next();
      if (header == null) {
        throw new CsvFileException(name, 0, "the file is empty; it needs a header row: " + String.join(",", COLUMNS));
      }
      return new Rows(csv, Header.of(name, header, REQUIRED), competing);
    } catch (CsvFileException | RuntimeException e) {
      csv.close();
      throw e;
    }
  }

  /** An open offers file. Not thread-safe: one thread reads; {@link Record#toRow} may run on any. */
  public final class Rows implements AutoCloseable {
    private final CsvText csv;
    private final Header header;
    private final Map<String, List<Map<String, String>>> competing;
    private final OfferIds seen = new OfferIds();

    private Rows(CsvText csv, Header header, Map<String, List<Map<String, String>>> competing) {
      this.csv = csv;
      this.header = header;
      this.competing = competing;
    }

    /** The header names of the columns the tool does not know, which pass through. */
    public List<String> extraColumns() {
      return header.extras();
    }

    /**
     * The next row, in file order, or null at the end. A repeated offer_id is found here, so rows
     * must be taken in order; turning them into {@link OfferRow}s can happen anywhere.
     *
     * @throws CsvFileException when the rest of the file cannot be read (an unclosed quote, bytes
     *     that are not UTF-8, a cell over {@link #MAX_CELL_CHARS})
     */
    public Record next() throws CsvFileException {
      CsvText.Record r = csv.next();
      if (r == null) {
        return null;
      }
      Integer idAt = header.index().get("offer_id");
      String id = idAt != null && idAt < r.cells().size() ? r.cells().get(idAt).strip() : "";
      int first = id.isEmpty() ? 0 : seen.firstLineOrAdd(id, r.line());
      return new Record(this, r, id, first);
    }

    private OfferCsvReader reader() {
      return OfferCsvReader.this;
    }

    @Override
    public void close() {
      csv.close();
    }
  }

  /** One row as read, in order, not yet checked. */
  public static final class Record {
    private final Rows rows;
    private final CsvText.Record record;
    private final String offerId;
    private final int duplicateOf;

    private Record(Rows rows, CsvText.Record record, String offerId, int duplicateOf) {
      this.rows = rows;
      this.record = record;
      this.offerId = offerId;
      this.duplicateOf = duplicateOf;
    }

    public int line() {
      return record.line();
    }

    /** The offer_id as written, stripped; empty when blank. */
    public String offerId() {
      return offerId;
    }

    /** Checks the row and builds its offer; thread-safe, and the same on any thread. */
    public OfferRow toRow() {
      OfferCsvReader reader = rows.reader();
      return duplicate(reader.row(rows.header, record, rows.competing), duplicateOf);
    }
  }

  /** The row, made invalid when {@code duplicateOf} is the line of an earlier row with its offer_id (0: none). */
  private static OfferRow duplicate(OfferRow row, int duplicateOf) {
    if (duplicateOf == 0) {
      return row;
    }
    List<String> errors = new ArrayList<>(row.errors());
    errors.add("offer_id '" + row.offerId() + "' is a duplicate of line " + duplicateOf);
    return new OfferRow(row.line(), row.offerId(), null, errors, row.extras());
  }

  /**
   * Offers given as column values rather than CSV cells (the HTTP API's JSON lines), taken in order
   * with the same repeated-offer_id check as a file's rows. Not thread-safe: one thread adds.
   */
  public final class ValueRows {
    private final OfferIds seen = new OfferIds();

    /**
     * Notes the row's offer_id now, in order; the row it returns checks the values and builds the
     * offer when called, on any thread. {@code competing} and {@code where} are as for {@link
     * #fromValues(int, Map, List, String)}.
     */
    public java.util.function.Supplier<OfferRow> add(int line, Map<String, String> values,
        List<Map<String, String>> competing, String where) {
      String id = values.get("offer_id") == null ? "" : values.get("offer_id").strip();
      int first = id.isEmpty() ? 0 : seen.firstLineOrAdd(id, line);
      return () -> duplicate(fromValues(line, values, competing, where), first);
    }
  }

  /** A new {@link ValueRows}, for one batch of offers given as values. */
  public ValueRows valueRows() {
    return new ValueRows();
  }

  /**
   * Reads a competing-offers file: offer_id to the column values of its competing offers, in file
   * order. They become competing offers with their offer's row, which gives a blank currency.
   */
  public static Map<String, List<Map<String, String>>> readCompeting(Path file, String name) throws CsvFileException {
    CsvText csv = CsvText.open(file, name);
    try {
      CsvText.Record header = csv.next();
      if (header == null) {
        throw new CsvFileException(name, 0, "the file is empty; it needs a header row: " + String.join(",", COMPETING_COLUMNS));
      }
      Header h = Header.of(name, header, List.of("offer_id", "competing_company", "competing_base"));
      Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
      for (CsvText.Record r = csv.next(); r != null; r = csv.next()) {
        Cells c = new Cells(h, r);
        String id = c.text("offer_id");
        if (id == null) {
          throw new CsvFileException(name, r.line(), "offer_id is blank");
        }
        if (!c.errors.isEmpty()) {
          throw new CsvFileException(name, r.line(), String.join("; ", c.errors));
        }
        Map<String, String> values = new HashMap<>(c.values);
        values.put(LINE, name + ":" + r.line());
        out.computeIfAbsent(id, k -> new ArrayList<>()).add(values);
      }
      return out;
    } finally {
      csv.close();
    }
  }

  /**
   * Builds one row from column values (lower-case names from {@link #COLUMNS}), with the same
   * checks as a CSV row; the {@code offer} command uses it for its options.
   */
  public OfferRow fromValues(int line, Map<String, String> values) {
    return fromValues(line, values, Naming.COLUMNS);
  }

  /**
   * As {@link #fromValues(int, Map)}, with errors that name each value as {@code naming} does: the
   * {@code offer} command names its flags ({@code --competing-currency}), not the CSV's columns.
   */
  public OfferRow fromValues(int line, Map<String, String> values, Naming naming) {
    OfferRow row = row(new Cells(new HashMap<>(values), naming), line, Map.of(), Map.of());
    if (naming == Naming.COLUMNS || row.errors().isEmpty()) {
      return row;
    }
    // the model's own checks (Offer, CompetingOffer) name the CSV columns
    return new OfferRow(row.line(), row.offerId(), row.offer(),
        row.errors().stream().map(naming::relabel).toList(), row.extras());
  }

  /**
   * How errors name a value: by its CSV column ({@link #COLUMNS}), or by another name such as a
   * command-line flag; {@code absent} says that an optional value was left out.
   */
  public record Naming(Map<String, String> names, String absent) {
    public static final Naming COLUMNS = new Naming(Map.of(), "is blank");

    public Naming {
      names = Map.copyOf(names);
    }

    String of(String column) {
      return names.getOrDefault(column, column);
    }

    /** {@code message} with every column name in it replaced by its name here. */
    String relabel(String message) {
      StringBuilder out = new StringBuilder(message.length() + 16);
      int i = 0;
      while (i < message.length()) {
        int end = i;
        while (end < message.length() && (Character.isLetter(message.charAt(end)) || message.charAt(end) == '_')) {
          end++;
        }
        if (end > i) {
          String word = message.substring(i, end);
          // plain words such as base or company are names only at the start of a message
          boolean name = names.containsKey(word) && (i == 0 || word.indexOf('_') >= 0);
          out.append(name ? names.get(word) : word);
          i = end;
        } else {
          out.append(message.charAt(i++));
        }
      }
      return out.toString();
    }
  }

  /**
   * As {@link #fromValues(int, Map)}, with more competing offers, each keyed by the competing
   * columns without their {@code competing_} prefix ({@code company}, {@code base}, ...);
   * {@code where} names them in error messages.
   */
  public OfferRow fromValues(int line, Map<String, String> values, List<Map<String, String>> competing,
      String where) {
    Map<String, String> offer = new HashMap<>(values);
    String id = offer.getOrDefault("offer_id", "");
    List<Map<String, String>> more = new ArrayList<>();
    for (int i = 0; i < competing.size(); i++) {
      Map<String, String> c = new HashMap<>();
      competing.get(i).forEach((k, v) -> c.put("competing_" + k.toLowerCase(java.util.Locale.ROOT), v));
      c.put(LINE, where + " competing[" + i + "]");
      more.add(c);
    }
    return row(new Cells(offer), line, Map.of(), more.isEmpty() ? Map.of() : Map.of(id, more));
  }

  private OfferRow row(Header h, CsvText.Record r, Map<String, List<Map<String, String>>> extraCompeting) {
    Cells c = new Cells(h, r);
    Map<String, String> extras = new LinkedHashMap<>();
    for (String name : h.extras()) {
      extras.put(name, c.raw(name));
    }
    return row(c, r.line(), extras, extraCompeting);
  }

  private OfferRow row(Cells c, int line, Map<String, String> extras,
      Map<String, List<Map<String, String>>> extraCompeting) {
    String id = c.required("offer_id");
    // names as people write them ("SF", "twilio") become the data's own, so the band is found
    String company = data.names().canonical(Names.Kind.COMPANY, c.required("company"));
    String role = data.names().canonical(Names.Kind.ROLE, c.required("role"));
    String level = data.names().canonical(Names.Kind.LEVEL, c.required("level"));
    String region = data.names().canonical(Names.Kind.REGION, c.required("region"));
    Optional<Band> band = company == null || role == null || level == null || region == null
        ? Optional.empty() : data.band(new BandKey(company, role, level, region));
    Currency currency = c.currency("currency");
    if (currency == null && c.blank("currency") && region != null) {
      currency = defaultCurrency(band, region).orElse(null);
      if (currency == null && c.errors.isEmpty()) {
        c.errors.add(c.naming.of("currency") + " " + c.naming.absent() + ", and no band for this offer or its region gives one");
      }
    }
    Money base = c.money("base", currency, true);
    Money stock = c.money("stock_grant", currency, false);
    Money signOn = c.money("sign_on", currency, false);
    Integer vest = c.integer("vest_years");
    VestSchedule schedule = c.schedule("vest_schedule", vest,
        band.map(Band::vestYears).orElse(DEFAULT_VEST_YEARS));
    BigDecimal bonus = c.percent("bonus_pct");
    List<String> skills = c.list("skills");
    List<CompetingOffer> competing = new ArrayList<>();
    if (c.anyPresent("competing_")) {
      CompetingOffer inline = competing(c, currency);
      if (inline != null) {
        competing.add(inline);
      }
    }
    if (id != null && extraCompeting.containsKey(id)) {
      for (Map<String, String> values : extraCompeting.get(id)) {
        Cells more = new Cells(values);
        CompetingOffer offer = competing(more, currency);
        more.errors.forEach(e -> c.errors.add(e + " (competing offer at " + values.get(LINE) + ")"));
        if (offer != null) {
          competing.add(offer);
        }
      }
    }
    if (!c.errors.isEmpty()) {
      return new OfferRow(line, id, null, c.errors, extras);
    }
    try {
      int vestYears = schedule != null ? schedule.years()
          : vest != null ? vest : band.map(Band::vestYears).orElse(DEFAULT_VEST_YEARS);
      Offer offer = new Offer(id, company, role, level, region, base, stock, vestYears, bonus, signOn,
          new java.util.TreeSet<>(skills), competing, schedule);
      return new OfferRow(line, id, offer, List.of(), extras);
    } catch (IllegalArgumentException | InvalidInputException e) {
      return new OfferRow(line, id, null, List.of(e.getMessage()), extras);
    }
  }

  private static CompetingOffer competing(Cells c, Currency offerCurrency) {
    int before = c.errors.size();
    String company = c.required("competing_company");
    Currency currency = c.currency("competing_currency");
    if (currency == null && c.blank("competing_currency")) {
      currency = offerCurrency;
      if (currency == null && before == c.errors.size()) {
        c.errors.add(c.naming.of("competing_currency") + " " + c.naming.absent() + " and the offer has no currency to take");
      }
    }
    Money base = c.money("competing_base", currency, true);
    Money stock = c.money("competing_stock_grant", currency, false);
    Integer vest = c.integer("competing_vest_years");
    VestSchedule schedule = c.schedule("competing_vest_schedule", vest, DEFAULT_VEST_YEARS);
    BigDecimal bonus = c.blank("competing_bonus_pct") ? null : c.percent("competing_bonus_pct");
    if (c.errors.size() > before) {
      return null;
    }
    try {
      return new CompetingOffer(company, c.text("competing_level"), base, stock,
          schedule != null ? schedule.years() : vest == null ? DEFAULT_VEST_YEARS : vest, bonus, schedule,
          schedule == null && vest == null);
    } catch (IllegalArgumentException | InvalidInputException e) {
      c.errors.add(e.getMessage());
      return null;
    }
  }

  /** Column positions by lower-case name, and the columns the tool does not know. */
  private record Header(Map<String, Integer> index, List<String> extras, List<String> names) {
    static Header of(String file, CsvText.Record r, List<String> required) throws CsvFileException {
      Map<String, Integer> index = new HashMap<>();
      List<String> extras = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < r.cells().size(); i++) {
        String raw = r.cells().get(i) == null ? "" : r.cells().get(i).strip();
        String key = raw.toLowerCase(Locale.ROOT);
        names.add(raw);
        if (key.isEmpty()) {
          continue;
        }
        if (index.putIfAbsent(key, i) != null) {
          throw new CsvFileException(file, r.line(), "column '" + raw + "' appears twice in the header");
        }
        if (!COLUMNS.contains(key)) {
          extras.add(raw);
        }
      }
      List<String> missing = required.stream().filter(c -> !index.containsKey(c)).toList();
      if (!missing.isEmpty() && r.cells().size() == 1) {
        String only = r.cells().get(0);
        for (String sep : List.of(";", "\t", "|")) {
          if (only.contains(sep)) {
            throw new CsvFileException(file, r.line(), "the header is one column holding '"
                + (sep.equals("\t") ? "\\t" : sep) + "' separators; offer-eval reads comma-separated files"
                + " (in a spreadsheet, save as CSV with commas)");
          }
        }
      }
      if (!missing.isEmpty()) {
        throw new CsvFileException(file, r.line(), "missing required column" + (missing.size() > 1 ? "s " : " ")
            + String.join(", ", missing) + " (header: " + String.join(",", names) + ")");
      }
      return new Header(index, extras, names);
    }
  }

  /** One row's values by lower-case column name, collecting every problem. */
  private static final class Cells {
    final Map<String, String> values;
    final Naming naming;
    final List<String> errors = new ArrayList<>();

    Cells(Map<String, String> values) {
      this(values, Naming.COLUMNS);
    }

    Cells(Map<String, String> values, Naming naming) {
      this.values = values;
      this.naming = naming;
    }

    Cells(Header header, CsvText.Record record) {
      this(new HashMap<>());
      header.index().forEach((name, i) -> values.put(name, i < record.cells().size() ? record.cells().get(i) : ""));
      if (record.cells().size() > header.names().size()) {
        errors.add("the row has " + record.cells().size() + " cells but the header has " + header.names().size()
            + " columns (an unquoted comma?)");
      }
    }

    String raw(String column) {
      String v = values.get(column.toLowerCase(Locale.ROOT));
      return v == null ? "" : v;
    }

    boolean blank(String column) {
      return raw(column).isBlank();
    }

    boolean anyPresent(String prefix) {
      return values.keySet().stream().anyMatch(k -> k.startsWith(prefix) && !blank(k));
    }

    String text(String column) {
      String v = raw(column).strip();
      return v.isEmpty() ? null : v;
    }

    String required(String column) {
      String v = text(column);
      if (v == null) {
        errors.add(naming.of(column) + " is required");
      }
      return v;
    }

    Currency currency(String column) {
      String v = text(column);
      if (v == null) {
        return null;
      }
      String code = v.toUpperCase(Locale.ROOT);
      try {
        if (!code.matches("[A-Z]{3}")) {
          throw new IllegalArgumentException();
        }
        return Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        errors.add(naming.of(column) + " '" + Amounts.abbreviate(v) + "' is not an ISO 4217 currency code (such as USD or GBP)");
        return null;
      }
    }

    Money money(String column, Currency currency, boolean required) {
      String v = text(column);
      if (v == null) {
        if (required) {
          errors.add(naming.of(column) + " is required");
        }
        return null;
      }
      try {
        BigDecimal amount = Amounts.parse(v);
        String symbolProblem = symbolMismatch(v, currency);
        if (symbolProblem != null) {
          errors.add(naming.of(column) + " '" + Amounts.abbreviate(v) + "' " + symbolProblem);
          return null;
        }
        return currency == null ? null : new Money(amount, currency);
      } catch (IllegalArgumentException | InvalidInputException e) {
        errors.add(naming.of(column) + " " + e.getMessage());
        return null;
      }
    }

    /** A vesting schedule, or null when the cell is blank (even over the vest years). */
    VestSchedule schedule(String column, Integer vestYears, int defaultYears) {
      String v = text(column);
      if (v == null) {
        return null;
      }
      try {
        return VestSchedule.parse(v, vestYears, defaultYears);
      } catch (IllegalArgumentException e) {
        errors.add(column + " '" + Amounts.abbreviate(v) + "': " + e.getMessage());
        return null;
      }
    }

    Integer integer(String column) {
      String v = text(column);
      if (v == null) {
        return null;
      }
      if (!v.matches("\\d{1,3}")) {
        errors.add(naming.of(column) + " '" + Amounts.abbreviate(v) + "' is not a whole number of years");
        return null;
      }
      return Integer.valueOf(v);
    }

    BigDecimal percent(String column) {
      String v = text(column);
      if (v == null) {
        return null;
      }
      try {
        return Amounts.percent(v);
      } catch (IllegalArgumentException e) {
        errors.add(naming.of(column) + " " + e.getMessage());
        return null;
      }
    }

    List<String> list(String column) {
      String v = text(column);
      return v == null ? List.of() : Arrays.stream(v.split("[;|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String symbolMismatch(String text, Currency currency) {
      if (currency == null || text.isEmpty()) {
        return null;
      }
      char c = text.strip().charAt(0);
      String code = currency.getCurrencyCode();
      if (c == '£' && !code.equals("GBP")) {
        return "is in pounds but the currency is " + code;
      }
      if (c == '€' && !code.equals("EUR")) {
        return "is in euros but the currency is " + code;
      }
      if (c == '$' && (code.equals("GBP") || code.equals("EUR"))) {
        return "is in dollars but the currency is " + code;
      }
      return null;
    }
  }
}
