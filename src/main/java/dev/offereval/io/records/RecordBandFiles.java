package dev.offereval.io.records;

import dev.offereval.io.guide.BandFiles;
import dev.offereval.io.guide.Guide;
import dev.offereval.io.guide.GuideParser;
import dev.offereval.io.guide.YamlText;
import dev.offereval.model.Band;
import dev.offereval.model.MoneyRange;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where computed bands go in a data folder. Each band has a file of its own, {@code
 * bands/<company>-<role>-<level>-<region>.records.yaml}, since a band file states one as-of date and
 * one list of sources, and a computed band's are its own. Those files are bands-from's: a band the
 * data holds in one is replaced by the new figures. A band the data holds elsewhere (from a guide,
 * or written by hand) is kept, and only compared, unless {@code replace}: then it is taken out of its
 * file (the file removed when no band is left in it) and the computed band written.
 */
public final class RecordBandFiles {
  /** The ending of the files bands-from writes, by which it knows them. */
  public static final String SUFFIX = ".records.yaml";

  /** What happens to a computed band. */
  public enum State {
    /** Written to a new file. */
    NEW,
    /** Its file, from an earlier run, gets the new figures. */
    UPDATED,
    /** Its file states it already. */
    UNCHANGED,
    /** The data holds a band for its key from elsewhere, which stays; nothing is written. */
    KEPT,
    /** The data's band for its key is taken out of its file and this one written. */
    REPLACED
  }

  /**
   * One computed band's place.
   *
   * @param file where it is written, or for {@link State#KEPT} where the band that stays is
   * @param existing the band the data held for its key, or null
   */
  public record Placement(Band band, String file, State state, Band existing) {}

  /**
   * @param placements one for each computed band, in their order
   * @param changed the files that change, by name relative to the data folder; a null text removes one
   */
  public record Plan(List<Placement> placements, Map<String, String> changed) {}

  private final Path dataDir;
  private final Map<String, String> texts = new LinkedHashMap<>();
  private final Map<String, String> original = new HashMap<>();
  private final Set<String> taken = new HashSet<>();

  private RecordBandFiles(Path dataDir) {
    this.dataDir = dataDir;
  }

  /**
   * Plans the writing of {@code bands}, each as computed ({@code sourceFile} unset), into {@code
   * dataDir}, whose loaded bands are {@code held}.
   *
   * @throws IOException when a file cannot be read, or a band file to take a band out of is not
   *     written one entry a band
   */
  public static Plan plan(Path dataDir, List<Band> held, List<Band> bands, boolean replace) throws IOException {
    return new RecordBandFiles(dataDir).place(held, bands, replace);
  }

  private Plan place(List<Band> held, List<Band> bands, boolean replace) throws IOException {
    Map<dev.offereval.model.BandKey, Band> byKey = new HashMap<>();
    held.forEach(b -> byKey.put(b.key(), b));
    List<Placement> out = new ArrayList<>();
    for (Band b : bands) {
      Band existing = byKey.get(b.key());
      if (existing != null && !existing.sourceFile().endsWith(SUFFIX) && !replace) {
        out.add(new Placement(b, existing.sourceFile(), State.KEPT, existing));
        continue;
      }
      State state;
      String file;
      if (existing != null && existing.sourceFile().endsWith(SUFFIX)) {
        file = existing.sourceFile();
        state = text(b).equals(read(file)) ? State.UNCHANGED : State.UPDATED;
      } else {
        if (existing != null) {
          texts.put(existing.sourceFile(),
              BandFiles.without(read(existing.sourceFile()), existing.level(), existing.region()));
        }
        file = freeName(b);
        state = existing == null ? State.NEW : State.REPLACED;
      }
      taken.add(file);
      read(file); // its text before, to tell a change from none
      texts.put(file, text(b));
      out.add(new Placement(b, file, state, existing));
    }
    Map<String, String> changed = new LinkedHashMap<>();
    texts.forEach((name, text) -> {
      if (!Objects.equals(text, original.get(name))) {
        changed.put(name, text);
      }
    });
    return new Plan(out, changed);
  }

  /** The file's text as this plan leaves it so far: as written here, else as on disk (null: none). */
  private String read(String name) throws IOException {
    if (!original.containsKey(name)) {
      Path p = dataDir.resolve(name);
      original.put(name, Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null);
    }
    return texts.containsKey(name) ? texts.get(name) : original.get(name);
  }

  /** {@code bands/example-corp-data-engineer-l2-berlin.records.yaml}, numbered when that is taken. */
  private String freeName(Band b) {
    String stem = "bands/" + slug(b.company()) + "-" + slug(b.role()) + "-" + slug(b.level()) + "-" + slug(b.region());
    String name = stem + SUFFIX;
    for (int i = 2; taken.contains(name) || Files.exists(dataDir.resolve(name)); i++) {
      name = stem + "-" + i + SUFFIX;
    }
    return name;
  }

  private static String slug(String name) {
    String s = GuideParser.slug(name);
    return s.isEmpty() ? "x" : s;
  }

  private static final String HEADER = """
      # {band}: a band computed by offer-eval bands-from
      # from compensation records, as its first source says. Run bands-from again rather than editing this file.
      #
      # base and stock-grant run between the source's percentiles of the records (PERCENTILE.INC), each rounded
      # to the nearest 1,000; bonus-pct between the same percentiles, to the nearest half point. Stock is
      # compared per year of vesting and stated over the vesting years most of the records give.
      # stated-total-comp is the sum of the components (base + stock grant / vest years + base x bonus %),
      # to the currency's minor unit.""";

  /** The band file of one computed band. */
  static String text(Band b) {
    List<String> l = new ArrayList<>(List.of(HEADER.replace("{band}", b.label()).split("\n")));
    l.add("company: " + YamlText.scalar(b.company()));
    l.add("role: " + YamlText.scalar(b.role()));
    l.add("as-of: " + b.asOf() + "         # the newest record's date");
    l.add("sources:");
    b.sources().forEach(s -> l.add("  - " + YamlText.scalar(s)));
    l.add("bands:");
    l.addAll(BandFiles.lines(new BandFiles.Entry(b.level(), b.region(), b.regionName(), b.currency(),
        range(b.base()), range(b.stockGrant()), b.vestYears(),
        new Guide.Range(plain(b.bonusPct().min()), plain(b.bonusPct().max())), range(b.statedTotalComp())), ""));
    return String.join("\n", l) + "\n";
  }

  private static Guide.Range range(MoneyRange r) {
    return new Guide.Range(plain(r.min().amount()), plain(r.max().amount()));
  }

  /** {@code 207200} for 207200.00, {@code 12.5} for 12.50: no trailing zeros, no exponent. */
  static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
