package dev.offereval.io.records;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of one company, role, level and region, held compactly: three primitive arrays (base,
 * stock per year of vesting, bonus) of 8 bytes a record, grown by half when full, and counts for the
 * rest. Once a second currency appears the figures are dropped: the group is refused.
 */
final class RecordGroup {
  /** Lines kept of each currency's records, to name them when a group mixes currencies. */
  static final int LINES_KEPT = 20;

  /** Distinct sources kept; records from others are counted together. */
  static final int SOURCES_KEPT = 10;

  final String company;
  final String role;
  final String level;
  final String region;
  final String regionName;

  /** The records of one currency: how many, and the lines of the first {@link #LINES_KEPT}. */
  static final class InCurrency {
    final Currency currency;
    int count;
    int[] lines = new int[2];

    InCurrency(Currency currency) {
      this.currency = currency;
    }

    void add(int line) {
      if (count < LINES_KEPT) {
        if (count == lines.length) {
          lines = Arrays.copyOf(lines, Math.min(LINES_KEPT, count * 2));
        }
        lines[count] = line;
      }
      count++;
    }

    List<Integer> keptLines() {
      return Arrays.stream(lines, 0, Math.min(count, LINES_KEPT)).boxed().toList();
    }
  }

  final List<InCurrency> currencies = new ArrayList<>(1);
  int count;
  int firstDay = Integer.MAX_VALUE;
  int lastDay = Integer.MIN_VALUE;
  final int[] vestYears = new int[RecordsReader.MAX_VEST_YEARS + 1];
  final Map<String, Integer> sources = new LinkedHashMap<>();
  int otherSources;

  long[] base = new long[4];
  /** Stock per year of vesting, in 1/{@value RecordsReader#VEST_LCM}ths of a hundredth of the unit. */
  long[] stockPerYear = new long[4];
  long[] bonus = new long[4];

  RecordGroup(String company, String role, String level, String region, String regionName) {
    this.company = company;
    this.role = role;
    this.level = level;
    this.region = region;
    this.regionName = regionName;
  }

  boolean mixed() {
    return currencies.size() > 1;
  }

  Currency currency() {
    return currencies.get(0).currency;
  }

  void add(CompensationRecord r) {
    InCurrency in = null;
    for (InCurrency c : currencies) {
      in = c.currency.equals(r.currency()) ? c : in;
    }
    if (in == null) {
      in = new InCurrency(r.currency());
      currencies.add(in);
    }
    in.add(r.line());
    firstDay = Math.min(firstDay, r.epochDay());
    lastDay = Math.max(lastDay, r.epochDay());
    vestYears[r.vestYears()]++;
    if (r.source() != null) {
      if (sources.containsKey(r.source()) || sources.size() < SOURCES_KEPT) {
        sources.merge(r.source(), 1, Integer::sum);
      } else {
        otherSources++;
      }
    }
    if (mixed()) {
      base = stockPerYear = bonus = null;
    } else {
      if (count == base.length) {
        int size = count + (count >> 1);
        base = Arrays.copyOf(base, size);
        stockPerYear = Arrays.copyOf(stockPerYear, size);
        bonus = Arrays.copyOf(bonus, size);
      }
      base[count] = r.baseCents();
      stockPerYear[count] = r.grantCents() * (RecordsReader.VEST_LCM / r.vestYears());
      bonus[count] = r.bonusTenThousandths();
    }
    count++;
  }

  /** The vesting years most records give; of two as common, the fewer. */
  int commonVestYears() {
    int best = 1;
    for (int y = 1; y < vestYears.length; y++) {
      if (vestYears[y] > vestYears[best]) {
        best = y;
      }
    }
    return best;
  }
}
