package dev.offereval.io;

import dev.offereval.model.Band;
import dev.offereval.model.internal.LevelEquivalent;
import dev.offereval.model.MoneyRange;
import dev.offereval.model.internal.ReferenceData;
import dev.offereval.model.internal.SkillTag;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic offers for benchmarks and tests, as an offers CSV. Every figure is made up: offer ids
 * start with {@code synthetic-} and a {@code note} column says so. The shape comes from the data:
 * every band's company, role, level and region (the first rows take each band in turn, so any
 * batch of that many covers every region), amounts from 25% under to 25% over the band, skill tags
 * from {@code expertise.yaml} and a few it does not know, and competing offers from the companies
 * in {@code levels.yaml} and {@code peers.yaml}. About one row in seven has no band (a level,
 * region or company data does not have), one in ten is in another currency than its band, and two
 * in five carry a competing offer. The same seed gives the same file.
 */
public final class SyntheticOffers {
  /** The header the rows follow. */
  public static final String HEADER = "offer_id,company,role,level,region,currency,base,stock_grant,vest_years,"
      + "bonus_pct,sign_on,skills,competing_company,competing_level,competing_base,competing_stock_grant,"
      + "competing_bonus_pct,note\n";

  private static final String[] UNKNOWN_TAGS = {"python", "sql", "dbt", "airflow"};

  private final List<Band> bands;
  private final List<String> tags = new ArrayList<>();
  private final List<LevelEquivalent> competitors;

  public SyntheticOffers(ReferenceData data) {
    if (data.bands().isEmpty()) {
      throw new IllegalArgumentException("synthetic offers need at least one band in the data");
    }
    this.bands = data.bands();
    data.skillTags().stream().map(SkillTag::tag).forEach(tags::add);
    tags.addAll(List.of(UNKNOWN_TAGS));
    List<LevelEquivalent> companies = new ArrayList<>(data.levels());
    data.peers().forEach(p -> companies.add(new LevelEquivalent(p.group(), p.company(), "IC3")));
    companies.add(new LevelEquivalent("none", "Example Corp", "Senior"));
    this.competitors = companies;
  }

  /** Writes the header and {@code count} rows; the same seed writes the same text. */
  public void write(Writer out, long count, long seed) throws IOException {
    out.write(HEADER);
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder row = new StringBuilder(256);
    for (long i = 0; i < count; i++) {
      row.setLength(0);
      row(row, i, random.split());
      out.append(row);
    }
  }

  /** The row for offer {@code i}, drawn from {@code r}. */
  private void row(StringBuilder out, long i, SplittableRandom r) {
    Band band = i < bands.size() ? bands.get((int) i) : bands.get(r.nextInt(bands.size()));
    String company = band.company();
    String level = band.level();
    String region = band.region();
    int noBand = r.nextInt(21);
    if (noBand == 0) {
      level = "L3";
    } else if (noBand == 1) {
      region = "new-york";
    } else if (noBand == 2) {
      company = "Example Corp";
    }
    String currency = band.currency().getCurrencyCode();
    int currencyDraw = r.nextInt(10);
    if (currencyDraw == 0) {
      currency = currency.equals("USD") ? "GBP" : "USD";
    } else if (currencyDraw == 1 && noBand > 2) {
      currency = ""; // blank takes the band's
    }
    out.append("synthetic-").append(i).append(',').append(cell(company)).append(',').append(cell(band.role()))
        .append(',').append(cell(level)).append(',').append(cell(region)).append(',').append(currency).append(',');
    out.append(amount(r, band.base())).append(',').append(amount(r, band.stockGrant())).append(',');
    out.append(r.nextInt(8) == 0 ? "3" : r.nextInt(8) == 0 ? "" : "4").append(',');
    out.append(percent(r, 5, 20)).append(',');
    out.append(r.nextInt(4) == 0 ? whole(r, 5_000, 40_000) : "").append(',');
    int picked = 0;
    for (String tag : tags) {
      if (r.nextInt(4) == 0) {
        out.append(picked++ == 0 ? "" : ";").append(tag);
      }
    }
    out.append(',');
    if (r.nextInt(5) < 2) {
      LevelEquivalent who = competitors.get(r.nextInt(competitors.size()));
      out.append(cell(who.company())).append(',').append(cell(who.level())).append(',')
          .append(amount(r, band.base())).append(',').append(amount(r, band.stockGrant())).append(',')
          .append(r.nextBoolean() ? "" : percent(r, 5, 25)).append(',');
    } else {
      out.append(",,,,,");
    }
    out.append("synthetic benchmark offer\n");
  }

  /** An amount from 25% under the range's minimum to 25% over its maximum, in cents. */
  private static String amount(SplittableRandom r, MoneyRange range) {
    long min = range.min().amount().movePointRight(2).longValue() * 3 / 4;
    long max = range.max().amount().movePointRight(2).longValue() * 5 / 4;
    long cents = min + r.nextLong(max - min + 1);
    if (r.nextInt(4) > 0) {
      cents -= cents % 100_000; // most offers are whole thousands
    }
    return BigDecimal.valueOf(cents, 2).stripTrailingZeros().toPlainString();
  }

  private static String whole(SplittableRandom r, int min, int max) {
    return Integer.toString(min + r.nextInt(max - min + 1) / 1000 * 1000);
  }

  private static String percent(SplittableRandom r, int min, int max) {
    return BigDecimal.valueOf(min * 10L + r.nextInt((max - min) * 10 + 1), 1).stripTrailingZeros().toPlainString();
  }

  /** A name from the data as a CSV cell, quoted when it holds a comma, a quote or a line break. */
  private static String cell(String text) {
    return text.matches("[^,\"\r\n]*") ? text : '"' + text.replace("\"", "\"\"") + '"';
  }
}
