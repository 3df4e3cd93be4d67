package dev.offereval.io.guide;

import dev.offereval.model.internal.Keys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The text of band files ({@code bands/*.yaml}) as the tools write them: one band entry, the same
 * way for {@code import-guide} and {@code bands-from}, and a file with one band taken out.
 */
public final class BandFiles {
  private BandFiles() {}

  /** One band: its figures, each range in the band's currency (bonus in percent). */
  public record Entry(String level, String region, String regionName, Currency currency, Guide.Range base,
      Guide.Range stockGrant, int vestYears, Guide.Range bonusPct, Guide.Range statedTotalComp) {}

  /** The lines of {@code e} in a file's {@code bands:} list; {@code comment} follows its first line. */
  public static List<String> lines(Entry e, String comment) {
    List<String> l = new ArrayList<>();
    l.add("  - level: " + YamlText.scalar(e.level()) + (comment.isEmpty() ? "" : "   # " + comment));
    l.add("    region: " + e.region());
    l.add("    region-name: " + YamlText.scalar(e.regionName()));
    l.add("    currency: " + e.currency().getCurrencyCode());
    l.add("    base: " + range(e.base(), null));
    l.add("    stock-grant: " + range(e.stockGrant(), e.vestYears()));
    l.add("    bonus-pct: " + range(e.bonusPct(), null));
    l.add("    stated-total-comp: " + range(e.statedTotalComp(), null));
    return l;
  }

  private static String range(Guide.Range r, Integer vestYears) {
    return "{ min: " + r.min().toPlainString() + ", max: " + r.max().toPlainString()
        + (vestYears == null ? "" : ", vest-years: " + vestYears) + " }";
  }

  /**
   * {@code text}, a band file, without its band for {@code level} and {@code region} (compared as
   * names are), every other line kept; null when no band would be left, so the file goes.
   *
   * @throws IOException when the file's bands are not written one {@code "  - "} entry each
   */
  public static String without(String text, String level, String region) throws IOException {
    ListFile f = ListFile.read(text, "bands", List.of());
    f.entries.removeIf(e -> Keys.of(e.node.path("level").asText()).equals(Keys.of(level))
        && Keys.of(e.node.path("region").asText()).equals(Keys.of(region)));
    return f.entries.isEmpty() ? null : f.text();
  }
}
