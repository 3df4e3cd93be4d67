package dev.offereval.io.records;

import dev.offereval.io.CsvFileException;
import dev.offereval.io.guide.GuideParser;
import dev.offereval.model.Band;
import dev.offereval.model.BandKey;
import dev.offereval.model.Money;
import dev.offereval.model.MoneyRange;
import dev.offereval.model.PercentRange;
import dev.offereval.model.internal.Names;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Bands computed from a records file: the records grouped by company, role, level and region (names
 * matched through the data's ids, display names and aliases), and for each group with enough records
 * a band whose base and stock grant run from one percentile to another ({@code PERCENTILE.INC}),
 * rounded to the nearest 1,000 of the currency, and whose bonus runs between the same percentiles to
 * the nearest half point. Stock is compared per year of vesting and stated over the vesting years most
 * of the group's records give. The band is as of the group's newest record.
 *
 * <p>The file is read once, a record at a time; each group keeps its figures in primitive arrays
 * (see {@link RecordGroup}), about 24 bytes a record.
 */
public final class BandsFromRecords {

  /**
   * How bands are computed.
   *
   * @param low the percentile a band's minimum is at, 0 to 100
   * @param high the percentile its maximum is at, above {@code low}
   * @param minRecords the fewest records a group needs for a band
   * @param asOf when given, records dated after it are left out
   */
  public record Settings(int low, int high, int minRecords, LocalDate asOf) {
    public Settings {
      if (low < 0 || high > 100 || low >= high) {
        throw new IllegalArgumentException("--percentiles takes two whole percentiles from 0 to 100, the lower first"
            + " (such as 25,75); got " + low + "," + high);
      }
      if (minRecords < 1) {
        throw new IllegalArgumentException("--min-records must be at least 1, was " + minRecords);
      }
    }

    /** {@code p25–p75}. */
    public String label() {
      return "p" + low + "–p" + high;
    }
  }

  /** What became of a group. */
  public enum Outcome {
    /** Enough records in one currency: a band. */
    BAND,
    /** Fewer records than the minimum: no band. */
    TOO_FEW,
    /** Records in more than one currency: refused, no band. */
    MIXED_CURRENCIES
  }

  /** The records of a group in one currency: how many, and the lines of the first of them. */
  public record InCurrency(Currency currency, int count, List<Integer> lines) {}

  /**
   * One group, for the report.
   *
   * @param band the computed band (its {@code sourceFile} not yet known), or null
   */
  public record Group(String company, String role, String level, String region, int count, LocalDate from,
      LocalDate to, Outcome outcome, Band band, List<InCurrency> currencies, Map<String, Integer> sources) {
    public BandKey key() {
      return new BandKey(company, role, level, region);
    }

    /** {@code Example Corp, Data Engineer, L2, san-francisco}. */
    public String label() {
      return company + ", " + role + ", " + level + ", " + region;
    }
  }

  /**
   * A read file's groups, sorted by company, role, level and region.
   *
   * @param file the file's name as bands' sources give it
   * @param records the well-formed records read
   * @param leftOut those left out for being dated after {@code --as-of}
   * @param badLines the malformed ones; any, and no band may be written
   */
  public record Result(String file, long records, long leftOut, long badLines, List<String> unreadColumns,
      LocalDate from, LocalDate to, List<Group> groups) {}

  private final Names names;
  private final Settings settings;
  private final Map<BandKey, RecordGroup> groups = new HashMap<>();
  private final Map<String, String> regionIds = new HashMap<>();
  private long leftOut;
  private boolean refused;
  private int firstDay = Integer.MAX_VALUE;
  private int lastDay = Integer.MIN_VALUE;

  /** @param names the data's names, through which the records' names are matched */
  public BandsFromRecords(Names names, Settings settings) {
    this.names = names;
    this.settings = settings;
  }

  /**
   * Reads {@code file}, named {@code name} in bands' sources and in messages, and works out its
   * groups; each malformed record's problems go to {@code problems} as they are found.
   *
   * @throws CsvFileException when the file cannot be read as CSV
   */
  public Result read(Path file, String name, Consumer<String> problems) throws CsvFileException {
    Consumer<String> told = p -> {
      refused = true;
      problems.accept(p);
    };
    RecordsReader.Summary summary = RecordsReader.read(file, name, this::add, told);
    List<Group> out = new ArrayList<>();
    if (!refused) {
      for (RecordGroup g : groups.values()) {
        out.add(group(g, name));
      }
      out.sort(Comparator.comparing((Group g) -> g.key().company()).thenComparing(g -> g.key().role())
          .thenComparing(g -> g.key().level()).thenComparing(g -> g.key().region()));
    }
    return new Result(name, summary.records(), leftOut, summary.badLines(), summary.unreadColumns(),
        day(firstDay), day(lastDay), out);
  }

  private void add(CompensationRecord r) {
    if (refused) {
      return; // the file will not give bands; read on only to name every bad line
    }
    if (settings.asOf() != null && r.epochDay() > settings.asOf().toEpochDay()) {
      leftOut++;
      return;
    }
    firstDay = Math.min(firstDay, r.epochDay());
    lastDay = Math.max(lastDay, r.epochDay());
    String company = names.canonical(Names.Kind.COMPANY, r.company());
    String role = names.canonical(Names.Kind.ROLE, r.role());
    String level = names.canonical(Names.Kind.LEVEL, r.level());
    String region = regionId(r.region());
    BandKey key = new BandKey(company, role, level, region);
    RecordGroup g = groups.get(key);
    if (g == null) {
      String regionName = names.knows(Names.Kind.REGION, r.region()) ? names.display(Names.Kind.REGION, region)
          : r.region();
      g = new RecordGroup(company, role, level, region, regionName);
      groups.put(key, g);
    }
    g.add(r);
  }

  /** The data's id of a region it knows; for another, the id import-guide would give it ({@code Austin, TX}: austin). */
  private String regionId(String written) {
    if (names.knows(Names.Kind.REGION, written)) {
      return names.canonical(Names.Kind.REGION, written);
    }
    String id = regionIds.get(written);
    if (id == null) {
      id = GuideParser.regionId(written);
      id = id.isEmpty() ? written : id;
      if (regionIds.size() < 10_000) {
        regionIds.put(written, id);
      }
    }
    return id;
  }

  private Group group(RecordGroup g, String file) {
    List<InCurrency> currencies = g.currencies.stream()
        .map(c -> new InCurrency(c.currency, c.count, c.keptLines())).toList();
    Map<String, Integer> sources = new java.util.LinkedHashMap<>(g.sources);
    if (g.otherSources > 0) {
      sources.put("", g.otherSources);
    }
    LocalDate from = day(g.firstDay);
    LocalDate to = day(g.lastDay);
    Outcome outcome = g.mixed() ? Outcome.MIXED_CURRENCIES
        : g.count < settings.minRecords() ? Outcome.TOO_FEW : Outcome.BAND;
    Band band = outcome == Outcome.BAND ? band(g, file, from, to, sources) : null;
    return new Group(g.company, g.role, g.level, g.region, g.count, from, to, outcome, band, currencies, sources);
  }

  private Band band(RecordGroup g, String file, LocalDate from, LocalDate to, Map<String, Integer> sources) {
    int n = g.count;
    Arrays.sort(g.base, 0, n);
    Arrays.sort(g.stockPerYear, 0, n);
    Arrays.sort(g.bonus, 0, n);
    int years = g.commonVestYears();
    Currency currency = g.currency();
    MoneyRange base = new MoneyRange(money(Percentiles.nearestThousand(Percentiles.inc(g.base, n, settings.low()), 100),
        currency), money(Percentiles.nearestThousand(Percentiles.inc(g.base, n, settings.high()), 100), currency));
    MoneyRange stock = new MoneyRange(money(grant(g, settings.low(), years), currency),
        money(grant(g, settings.high(), years), currency));
    PercentRange bonus = new PercentRange(Percentiles.nearestHalf(Percentiles.inc(g.bonus, n, settings.low()), 10_000),
        Percentiles.nearestHalf(Percentiles.inc(g.bonus, n, settings.high()), 10_000));
    List<String> lines = new ArrayList<>();
    lines.add("computed from " + n + " records in " + file + ", dated " + from + " to " + to + ", " + settings.label());
    sources.forEach((source, count) -> lines.add((source.isEmpty() ? "other sources" : source) + " (" + count
        + " of the records)"));
    Band draft = new Band(g.company, g.role, g.level, g.region, g.regionName, currency, base, stock, years, bonus,
        base, to, lines, null);
    MoneyRange total = draft.componentTotalComp();
    MoneyRange stated = new MoneyRange(new Money(total.min().rounded(), currency), new Money(total.max().rounded(),
        currency));
    return new Band(g.company, g.role, g.level, g.region, g.regionName, currency, base, stock, years, bonus, stated,
        to, lines, null);
  }

  /** The grant over {@code years} at a percentile of the group's stock per year, to the nearest 1,000. */
  private static BigDecimal grant(RecordGroup g, int percent, int years) {
    BigDecimal perYear = Percentiles.inc(g.stockPerYear, g.count, percent);
    return Percentiles.nearestThousand(perYear.multiply(BigDecimal.valueOf(years)), RecordsReader.VEST_LCM * 100);
  }

  private static Money money(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  private static LocalDate day(int epochDay) {
    return epochDay == Integer.MAX_VALUE || epochDay == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(epochDay);
  }
}
