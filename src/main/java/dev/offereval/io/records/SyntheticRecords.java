package dev.offereval.io.records;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Synthetic compensation records, as a records CSV for {@code bands-from}: for benchmarks and
 * tests. Every figure is made up and the companies are made-up names (Example Corp, Example
 * Analytics, Example Systems); the {@code source} column says so. Three companies, three roles,
 * four levels and four regions written as people write them ({@code SF}, {@code San Francisco},
 * {@code Denver}, {@code London}, {@code Berlin}) make 144 groups; the same seed writes the same text.
 */
public final class SyntheticRecords {
  /** The header the rows follow. */
  public static final String HEADER =
      "company,role,level,region,currency,base,stock_grant,vest_years,bonus_pct,date,source\n";

  private static final String[] COMPANIES = {"Example Corp", "Example Analytics", "Example Systems"};
  private static final String[] ROLES = {"Data Engineer", "Analytics Engineer", "ML Engineer"};
  private static final String[] LEVELS = {"L1", "L2", "L3", "L4"};
  /** Base at L1 in whole units, a level adding half of it. */
  private static final long L1_BASE = 100_000;
  private static final String[][] REGIONS = {
    {"SF", "USD", "100"}, {"San Francisco", "USD", "100"}, {"Denver", "USD", "85"}, {"London", "GBP", "70"},
    {"Berlin", "EUR", "65"}};
  private static final LocalDate FIRST = LocalDate.of(2025, 7, 1);

  private SyntheticRecords() {}

  /** Writes the header and {@code count} records drawn from {@code seed}. */
  public static void write(Writer out, long count, long seed) throws IOException {
    out.write(HEADER);
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder row = new StringBuilder(160);
    for (long i = 0; i < count; i++) {
      row.setLength(0);
      row(row, random, seed);
      out.append(row);
    }
  }

  private static void row(StringBuilder out, SplittableRandom r, long seed) {
    int level = r.nextInt(LEVELS.length);
    String[] region = REGIONS[r.nextInt(REGIONS.length)];
    long centre = (L1_BASE + level * L1_BASE / 2) * Long.parseLong(region[2]) / 100;
    long baseCents = centre * 80 + r.nextLong(centre * 40 + 1); // 80% to 120% of the centre, in cents
    if (r.nextInt(4) > 0) {
      baseCents -= baseCents % 100_000; // most are whole thousands
    }
    int vest = r.nextInt(20) < 16 ? 4 : r.nextBoolean() ? 3 : 5;
    long perYear = baseCents * (10 + r.nextInt(41)) / 100; // 10% to 50% of base a year
    long grantCents = perYear * vest;
    grantCents -= grantCents % 100_000;
    out.append(COMPANIES[r.nextInt(COMPANIES.length)]).append(',').append(ROLES[r.nextInt(ROLES.length)]).append(',')
        .append(LEVELS[level]).append(',').append(region[0]).append(',').append(region[1]).append(',')
        .append(BigDecimal.valueOf(baseCents, 2).stripTrailingZeros().toPlainString()).append(',')
        .append(grantCents / 100).append(',').append(vest).append(',')
        .append(BigDecimal.valueOf(50 + r.nextInt(31) * 5L, 1).stripTrailingZeros().toPlainString()).append(',')
        .append(FIRST.plusDays(r.nextInt(540))).append(',')
        .append("synthetic benchmark record (seed ").append(seed).append(")\n");
  }
}
