package dev.offereval.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offereval.model.Band;
import dev.offereval.model.internal.LevelClass;
import dev.offereval.model.internal.LevelEquivalent;
import dev.offereval.model.internal.LevelMapping;
import dev.offereval.model.internal.Names;
import dev.offereval.model.internal.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a data folder knows, each thing with where it comes from: the companies, roles, levels and
 * regions with the names people write for them, the bands with their as-of dates and staleness on a
 * date, and the classes of equivalent levels with the entries that make them. {@code offer-eval
 * catalog} prints it ({@link CatalogText}, or JSON), and {@code serve} lists it at {@code
 * /api/catalog}; the JSON is the records' components in snake_case.
 *
 * @param data the data folder, as the caller names it
 * @param asOf the date staleness is judged on
 * @param staleAfterMonths policy's {@code band.stale-after-months}
 */
public record Catalog(String data, String asOf, int staleAfterMonths, List<Name> companies, List<Name> roles,
    List<Name> levels, List<Region> regions, List<BandEntry> bands, List<LevelClassEntry> levelClasses) {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /**
   * A company, role or level name.
   *
   * @param aliases the other forms names.yaml gives it
   * @param from the files (a band file, {@code levels.yaml:8}, {@code names.yaml:12}) that name it
   */
  public record Name(String name, List<String> aliases, List<String> from) {}

  /** A region: its id, display name, aliases and the files that name it. */
  public record Region(String id, String name, List<String> aliases, List<String> from) {}

  /**
   * A band.
   *
   * @param staleAfter the last date on which it is not stale
   * @param stale whether it is stale on the catalog's date
   * @param from its file and line
   * @param guide the guide it was transcribed from, or null
   * @param sources its sources (the guide's citations, or its own, such as a records file)
   */
  public record BandEntry(String company, String role, String level, String region, String currency, String asOf,
      String staleAfter, boolean stale, String from, String guide, List<String> sources) {}

  /**
   * A class of equivalent levels.
   *
   * @param levels its levels
   * @param from the levels.yaml entries that make it
   */
  public record LevelClassEntry(String id, List<Level> levels, List<Mapping> from) {}

  /**
   * A levels.yaml entry.
   *
   * @param at its file and line
   * @param source what it says it comes from (a guide's level mapping line)
   */
  public record Mapping(String id, String at, String source, List<Level> levels) {}

  /** A company's level. */
  public record Level(String company, String level) {
    @Override
    public String toString() {
      return company + " " + level;
    }
  }

  /** The catalog of {@code data}, read from {@code dataDir} (for lines), named {@code name}, judged on {@code on}. */
  public static Catalog of(ReferenceData data, Path dataDir, String name, LocalDate on) {
    Names names = data.names();
    int months = data.policy().bandStaleAfterMonths();
    return new Catalog(name, on.toString(), months, names(names, Names.Kind.COMPANY), names(names, Names.Kind.ROLE),
        names(names, Names.Kind.LEVEL), regions(names), bands(data.bands(), dataDir, on, months),
        classes(data.levels()));
  }

  private static List<Name> names(Names names, Names.Kind kind) {
    return names.all(kind).stream()
        .map(n -> new Name(n, names.aliases(kind, n), names.origins(kind, n))).toList();
  }

  private static List<Region> regions(Names names) {
    Names.Kind kind = Names.Kind.REGION;
    return names.all(kind).stream().map(id -> new Region(id, names.display(kind, id), names.aliases(kind, id),
        names.origins(kind, id))).toList();
  }

  private static List<BandEntry> bands(List<Band> bands, Path dataDir, LocalDate on, int months) {
    Map<String, Map<String, int[]>> lines = new HashMap<>();
    Map<String, Integer> index = new HashMap<>();
    return bands.stream().map(b -> {
      int i = index.merge(b.sourceFile(), 1, Integer::sum) - 1;
      Map<String, int[]> at = lines.computeIfAbsent(b.sourceFile(), f -> YamlLines.positions(dataDir.resolve(f)));
      int line = YamlLines.positionOf(at, "bands[" + i + "]")[0];
      LocalDate until = b.asOf().plusMonths(months);
      return new BandEntry(b.company(), b.role(), b.level(), b.region(), b.currency().getCurrencyCode(),
          b.asOf().toString(), until.toString(), on.isAfter(until), b.sourceFile() + (line > 0 ? ":" + line : ""),
          b.guide(), b.sources());
    }).toList();
  }

  private static List<LevelClassEntry> classes(List<LevelEquivalent> levels) {
    Map<String, LevelClass> classes = new LinkedHashMap<>();
    levels.forEach(l -> classes.putIfAbsent(l.group().id(), l.group()));
    return classes.values().stream().map(c -> new LevelClassEntry(c.id(), levels(c.levels()),
        c.mappings().stream().map(m -> new Mapping(m.id(), LevelsSection.FILE + (m.line() > 0 ? ":" + m.line() : ""),
            m.source(), levels(m.levels()))).toList())).toList();
  }

  private static List<Level> levels(List<LevelMapping.Level> levels) {
    return levels.stream().map(l -> new Level(l.company(), l.level())).toList();
  }

  /** As JSON, its components in snake_case. */
  public ObjectNode json() {
    return JSON.valueToTree(this);
  }

  /** As indented JSON text, with a final new line. */
  public String jsonText() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
