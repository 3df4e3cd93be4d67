package dev.offereval.io.guide;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offereval.io.DataChanges;
import dev.offereval.io.Yaml;
import dev.offereval.io.guide.Guide.CompanyLevel;
import dev.offereval.io.guide.Guide.RegionRow;
import dev.offereval.model.internal.Keys;
import dev.offereval.model.internal.SkillTag;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a parsed {@link Guide} into edits of a data folder's YAML, held in memory until
 * {@link #files} are written. What the importer owns it writes; what authors own it keeps:
 *
 * <ul>
 *   <li>{@code bands/<company>-<role>.yaml}: the whole file (the guide's table, levels, sources,
 *       as-of), rewritten only when a figure or fact in it changes;
 *   <li>{@code names.yaml}: each region's id, display name and aliases, only ever added to;
 *   <li>{@code levels.yaml}: the guide's level group (its mapping line, found by the guide's title);
 *       other guides' groups may name the same levels, and loading joins them;
 *   <li>{@code levers.yaml}: a lever's title, category, company, guide's words and source; its
 *       talking point, expertise flag and applies-when are the author's once written (a new lever
 *       gets applies-when proposed from its words, or none: then it stays inactive);
 *   <li>{@code scripts.yaml}: the company's negotiate-up script; its text is the author's once
 *       written, its source-text the guide's.
 * </ul>
 *
 * An entry whose owned facts are unchanged keeps its text exactly, so importing a guide twice
 * changes nothing.
 */
public final class GuideImporter {
  private final Path dataDir;
  private final List<SkillTag> tags;
  private final Map<String, String> files = new LinkedHashMap<>();
  private final Map<String, String> original = new LinkedHashMap<>();

  /** @param tags the skill tags of the data's expertise.yaml, to propose each lever's applies-when */
  public GuideImporter(Path dataDir, List<SkillTag> tags) {
    this.dataDir = dataDir;
    this.tags = List.copyOf(tags);
  }

  /** Files changed so far (relative to the data folder) with their new text. */
  public Map<String, String> changed() {
    Map<String, String> out = new LinkedHashMap<>();
    files.forEach((name, text) -> {
      if (!text.equals(original.get(name))) {
        out.put(name, text);
      }
    });
    return out;
  }

  /** The files as they stand in memory, to {@link #restore} when a guide's result must not be kept. */
  public Map<String, String> snapshot() {
    return new LinkedHashMap<>(files);
  }

  /** Puts the files back as they were at {@code snapshot}. */
  public void restore(Map<String, String> snapshot) {
    files.clear();
    files.putAll(snapshot);
  }

  /** The text a file had before this import, or null when it is new. */
  public String before(String name) {
    return original.get(name);
  }

  private String text(String name) throws IOException {
    if (!files.containsKey(name)) {
      Path p = dataDir.resolve(name);
      String t = Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
      original.put(name, t);
      files.put(name, t);
    }
    return files.get(name);
  }

  /**
   * Applies one guide to the files in memory; returns the lines of its report. On a problem
   * (a data file it cannot edit) nothing of this guide is kept.
   */
  public List<String> apply(Guide g) throws GuideException {
    Map<String, String> saved = new LinkedHashMap<>(files);
    Map<String, String> savedOriginal = new LinkedHashMap<>(original);
    List<String> report = new ArrayList<>();
    try {
      band(g, report);
      names(g, report);
      levels(g, report);
      levers(g, report);
      script(g, report);
      return report;
    } catch (IOException e) {
      files.clear();
      files.putAll(saved);
      original.clear();
      original.putAll(savedOriginal);
      throw new GuideException(List.of(new GuideProblem(g.file(), 1, "cannot update the data: " + e.getMessage())));
    }
  }

  private String put(String name, String text, List<String> report, String what) throws IOException {
    String before = text(name);
    files.put(name, text);
    report.add("  " + name + ": " + (text.equals(before) ? "unchanged" : before == null ? "new" : "updated")
        + (what.isEmpty() ? "" : " (" + what + ")"));
    return text;
  }

  // ---- bands ----

  static String bandFile(Guide g) {
    return "bands/" + GuideParser.slug(g.company()) + "-" + GuideParser.slug(g.role()) + ".yaml";
  }

  private void band(Guide g, List<String> report) throws IOException {
    String name = bandFile(g);
    String existing = text(name);
    List<String> l = new ArrayList<>();
    l.add("# " + g.company() + " " + g.role() + " bands, imported by offer-eval import-guide from the guide");
    l.add("# \"" + g.title() + "\" (" + g.file() + ", " + g.encoding() + ").");
    l.add("# The comment beside each band names the guide line it comes from. Edit the guide and import it again");
    l.add("# rather than editing this file.");
    l.add("#");
    l.add("# stated-total-comp is kept as the guide states it; loading reports any gap to the sum of the components");
    l.add("# (base + stock grant / vest years + base x bonus %) as a data warning instead of changing the figure.");
    l.add("company: " + YamlText.scalar(g.company()));
    l.add("role: " + YamlText.scalar(g.role()));
    l.add("guide: " + YamlText.scalar(g.title()));
    l.add("as-of: " + g.asOf() + "            # the guide's date: its As of line, or its latest source; no day is given");
    l.add("sources:                  # " + g.file() + ":" + g.sources().get(0).line() + "-"
        + g.sources().get(g.sources().size() - 1).line());
    for (Guide.Source s : g.sources()) {
      l.add("  - " + YamlText.scalar(s.text()));
    }
    l.add("bands:");
    for (RegionRow r : g.regions()) {
      l.addAll(BandFiles.lines(new BandFiles.Entry(g.levels().level(), r.id(), r.name(), r.currency(), r.base(),
          r.stock(), r.vestYears(), r.bonusPct(), r.totalComp()),
          g.file() + ":" + r.line() + " (level: line " + g.levels().line() + ")"));
    }
    String text = String.join("\n", l) + "\n";
    if (existing != null && sameBand(existing, text)) {
      text = existing;
    }
    put(name, text, report, g.regions().size() + " region" + (g.regions().size() == 1 ? "" : "s") + ": "
        + String.join(", ", g.regions().stream().map(RegionRow::id).toList()));
  }

  /** Whether two band files state the same facts: every value equal, numbers by value, comments aside. */
  private static boolean sameBand(String a, String b) {
    try {
      return normal(Yaml.readTree(a)).equals(normal(Yaml.readTree(b)));
    } catch (IOException e) {
      return false;
    }
  }

  private static String normal(JsonNode n) {
    if (n.isObject()) {
      Map<String, String> m = new java.util.TreeMap<>();
      n.fields().forEachRemaining(f -> m.put(f.getKey(), normal(f.getValue())));
      return m.toString();
    }
    if (n.isArray()) {
      List<String> items = new ArrayList<>();
      n.forEach(i -> items.add(normal(i)));
      return items.toString();
    }
    String s = n.asText();
    try {
      return new BigDecimal(s).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return s.strip().replaceAll("\\s+", " ");
    }
  }

  // ---- names ----

  private void names(Guide g, List<String> report) throws IOException {
    String name = "names.yaml";
    ListFile f = ListFile.read(text(name), "regions", List.of(
        "# Names as people write them (see docs/authoring.md). import-guide adds each region it reads."));
    List<String> added = new ArrayList<>();
    for (RegionRow r : g.regions()) {
      // the display name leaves out what is one company's view ("(HQ)"); the guide's name is an alias
      String display = r.name().replaceAll("\\s*\\([^)]*\\)", "").strip();
      String shortName = r.name().split("[,(]", 2)[0].strip();
      List<String> forms = new ArrayList<>();
      for (String form : List.of(shortName, r.name())) {
        if (!Keys.of(form).equals(Keys.of(display)) && !Keys.of(form).equals(Keys.of(r.id()))
            && forms.stream().noneMatch(x -> Keys.of(x).equals(Keys.of(form)))) {
          forms.add(form);
        }
      }
      ListFile.Entry entry = null;
      for (ListFile.Entry e : f.entries) {
        if (Keys.of(e.node.path("id").asText()).equals(r.id())) {
          entry = e;
        }
      }
      if (entry == null) {
        List<String> lines = new ArrayList<>();
        lines.add("  - id: " + r.id());
        lines.add("    name: " + YamlText.scalar(display));
        if (!forms.isEmpty()) {
          lines.add("    aliases: " + YamlText.flow(forms));
        }
        f.add(lines, Yaml.readTree("{id: x}"));
        added.add(r.id());
        continue;
      }
      Set<String> known = new TreeSet<>();
      known.add(Keys.of(entry.node.path("id").asText()));
      known.add(Keys.of(entry.node.path("name").asText()));
      List<String> aliases = new ArrayList<>();
      entry.node.path("aliases").forEach(a -> aliases.add(a.asText()));
      aliases.forEach(a -> known.add(Keys.of(a)));
      List<String> missing = new ArrayList<>();
      for (String form : List.of(shortName, r.name())) {
        if (!known.contains(Keys.of(form)) && missing.stream().noneMatch(m -> Keys.of(m).equals(Keys.of(form)))) {
          missing.add(form);
        }
      }
      if (missing.isEmpty()) {
        continue;
      }
      aliases.addAll(missing);
      List<String> lines = new ArrayList<>();
      lines.add("  - id: " + entry.node.path("id").asText());
      lines.add("    name: " + YamlText.scalar(entry.node.hasNonNull("name") ? entry.node.path("name").asText() : r.name()));
      lines.add("    aliases: " + YamlText.flow(aliases));
      entry.lines = lines;
      added.add(r.id() + " (aliases " + String.join(", ", missing) + ")");
    }
    put(name, f.text(), report, added.isEmpty() ? "regions known" : "added " + String.join("; ", added));
  }

  // ---- levels ----

  private void levels(Guide g, List<String> report) throws IOException {
    String name = "levels.yaml";
    ListFile f = ListFile.read(text(name), "groups", List.of("# Level equivalences (see docs/authoring.md)."));
    // the guide's own entry, whatever its id; other guides' entries may name the same levels
    String cited = g.title() + ": Level Mapping (";
    ListFile.Entry entry = f.entries.stream().filter(e -> e.node.path("source").asText().startsWith(cited))
        .findFirst().orElse(null);
    String id = entry != null ? entry.node.path("id").asText() : newGroupId(f, g);
    String source = cited + g.file() + ":" + g.levels().line() + ")";
    List<String> lines = new ArrayList<>();
    lines.add("  - id: " + id);
    lines.add("    source: " + YamlText.scalar(source));
    lines.add("    levels:");
    for (CompanyLevel cl : g.levels().levels()) {
      lines.add("      - { company: " + YamlText.scalar(cl.company()) + ", level: " + YamlText.scalar(cl.level()) + " }");
    }
    String state;
    if (entry == null) {
      f.add(lines, Yaml.readTree("{id: x}"));
      state = "added group " + id;
    } else if (sameLevels(entry.node, g) && entry.node.path("source").asText().equals(source)) {
      state = "group " + id;
    } else {
      entry.lines = lines;
      state = "replaced group " + id;
    }
    put(name, f.text(), report, state + ", " + g.levels().levels().size() + " companies");
  }

  /** The role and level ({@code data-engineer-l2}), or with the company first when another entry has that id. */
  private static String newGroupId(ListFile f, Guide g) {
    String id = GuideParser.slug(g.role()) + "-" + GuideParser.slug(g.levels().level());
    boolean taken = f.entries.stream().anyMatch(e -> e.node.path("id").asText().equals(id));
    return taken ? GuideParser.slug(g.company()) + "-" + id : id;
  }

  private static boolean sameLevels(JsonNode group, Guide g) {
    List<String> have = new ArrayList<>();
    group.path("levels").forEach(l -> have.add(Keys.of(l.path("company").asText()) + "|" + Keys.of(l.path("level").asText())));
    List<String> want = g.levels().levels().stream().map(l -> Keys.of(l.company()) + "|" + Keys.of(l.level())).toList();
    return have.equals(want);
  }

  // ---- levers ----

  private void levers(Guide g, List<String> report) throws IOException {
    String name = "levers.yaml";
    ListFile f = ListFile.read(text(name), "levers", List.of("# The lever catalog (see docs/authoring.md)."));
    List<Guide.Lever> all = new ArrayList<>(g.globalLevers());
    all.add(g.companyLever());
    List<String> notes = new ArrayList<>();
    int changed = 0;
    for (Guide.Lever lever : all) {
      String id = leverId(g, lever);
      String source = g.cite(lever.label(), lever.line());
      ListFile.Entry entry = f.entries.stream()
          .filter(e -> Keys.of(e.node.path("title").asText()).equals(Keys.of(lever.title()))
              || e.node.path("id").asText().equals(id))
          .findFirst().orElse(null);
      Map<String, Object> fields = new LinkedHashMap<>();
      if (entry == null) {
        fields.put("id", id);
      } else {
        entry.node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
      }
      Map<String, Object> owned = new LinkedHashMap<>();
      owned.put("title", lever.title());
      owned.put("category", lever.companySpecific() ? "company-specific" : "global");
      owned.put("company", lever.companySpecific() ? g.company() : null);
      owned.put("source-text", lever.words());
      owned.put("source", source);
      boolean same = entry != null && owned.entrySet().stream().allMatch(o ->
          flat(fields.get(o.getKey())).equals(o.getValue() == null ? "" : o.getValue().toString().strip().replaceAll("\\s+", " ")));
      if (same) {
        continue;
      }
      fields.putAll(owned);
      if (entry == null) {
        Proposal p = propose(lever);
        fields.put("expertise", !lever.companySpecific() && p.areas() != null && !p.areas().isEmpty());
        if (p.areas() != null && !p.areas().isEmpty()) {
          fields.put("applies-when", Map.of("any-of", p.areas()));
          notes.add("  lever " + id + ": applies-when any-of " + p.areas() + ", proposed from \""
              + String.join("\", \"", p.words()) + "\" in its words; check it");
        } else {
          notes.add("  lever " + id + ": " + p.why());
        }
        fields.put("talking-point", lever.companySpecific()
            ? "At {company}, this work calls for my experience with {skills}."
            : "My experience with {skills} applies directly to this role.");
        f.add(leverLines(fields), Yaml.readTree("{id: x}"));
      } else {
        entry.lines = leverLines(fields);
      }
      changed++;
    }
    put(name, f.text(), report, all.size() + " levers, " + changed + " added or updated");
    report.addAll(notes);
  }

  static String leverId(Guide g, Guide.Lever lever) {
    String t = lever.title();
    if (lever.companySpecific()) {
      t = t.replaceFirst("(?i)^" + Pattern.quote(g.company()) + "\\s+", "").replaceFirst("(?i)\\s+lever$", "");
    }
    return GuideParser.slug(t);
  }

  private static String flat(Object v) {
    if (v == null) {
      return "";
    }
    String s = v instanceof JsonNode n ? (n.isNull() ? "" : n.asText()) : v.toString();
    return s.strip().replaceAll("\\s+", " ");
  }

  private static final List<String> LEVER_ORDER = List.of("id", "title", "category", "company", "expertise",
      "applies-when", "talking-point", "source-text", "source");

  private static List<String> leverLines(Map<String, Object> fields) {
    List<String> lines = new ArrayList<>();
    List<String> keys = new ArrayList<>(LEVER_ORDER);
    fields.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    for (String k : keys) {
      Object v = fields.get(k);
      if (v == null || v instanceof JsonNode n && n.isNull()) {
        continue;
      }
      String prefix = lines.isEmpty() ? "  - " : "    ";
      if (k.equals("talking-point") || k.equals("source-text")) {
        List<String> folded = YamlText.folded(4, k, flat(v));
        if (lines.isEmpty()) {
          folded.set(0, "  - " + folded.get(0).strip());
        }
        lines.addAll(folded);
      } else if (v instanceof Map<?, ?> || v instanceof JsonNode n && n.isObject()) {
        lines.add(prefix + k + ":");
        Map<String, Object> inner = new LinkedHashMap<>();
        if (v instanceof JsonNode n) {
          n.fields().forEachRemaining(e -> inner.put(e.getKey(), e.getValue()));
        } else {
          ((Map<?, ?>) v).forEach((a, b) -> inner.put(a.toString(), b));
        }
        for (Map.Entry<String, Object> e : inner.entrySet()) {
          lines.add("      " + e.getKey() + ": " + value(e.getValue()));
        }
      } else {
        lines.add(prefix + k + ": " + value(v));
      }
    }
    return lines;
  }

  private static String value(Object v) {
    if (v instanceof JsonNode n && n.isArray() || v instanceof List<?>) {
      List<String> items = new ArrayList<>();
      if (v instanceof JsonNode n) {
        n.forEach(i -> items.add(i.asText()));
      } else {
        ((List<?>) v).forEach(i -> items.add(i.toString()));
      }
      return YamlText.flow(items);
    }
    if (v instanceof Boolean || v instanceof JsonNode n && n.isBoolean()) {
      return v.toString();
    }
    return YamlText.scalar(flat(v));
  }

  /** The expertise areas a lever's words point at, and the words that did. */
  record Proposal(List<String> areas, List<String> words, String why) {}

  Proposal propose(Guide.Lever lever) {
    if (lever.title().toLowerCase(Locale.ROOT).contains("competing")) {
      return new Proposal(null, List.of(), "it compares competing offers, so it needs a rule (see levers.drl); it stays"
          + " inactive until an author writes one");
    }
    String words = " " + (lever.title() + " " + lever.words()).toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", " ") + " ";
    Set<String> areas = new TreeSet<>();
    Set<String> found = new java.util.LinkedHashSet<>();
    for (SkillTag t : tags) {
      for (String form : List.of(t.tag(), t.name())) {
        String w = " " + form.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        if (w.isBlank()) {
          continue;
        }
        Matcher m = Pattern.compile(Pattern.quote(w)).matcher(words);
        if (m.find()) {
          areas.add(t.area());
          found.add(w.strip());
        }
      }
    }
    if (areas.isEmpty()) {
      return new Proposal(List.of(), List.of(), "no skill tag or skill name of expertise.yaml appears in its words; it"
          + " stays inactive until an author adds applies-when (or a rule)");
    }
    return new Proposal(List.copyOf(areas), List.copyOf(found), "");
  }

  // ---- scripts ----

  private static final Pattern MONEY = Pattern.compile(
      "(?:CA\\$|C\\$|A\\$|AU\\$|NZ\\$|S\\$|HK\\$|MX\\$|US\\$|\\$|£|€|₹)\\d[\\d,]*(?:\\.\\d+)?[KkM]?");
  private static final Pattern YEARS_IN_WORDS = Pattern.compile(
      "\\b(one|two|three|four|five|six|seven|eight|nine|ten) years\\b");

  private void script(Guide g, List<String> report) throws IOException, GuideException {
    String name = "scripts.yaml";
    ListFile f = ListFile.read(text(name), "scripts", List.of("# Negotiation scripts (see docs/authoring.md)."));
    String id = GuideParser.slug(g.company()) + "-negotiate-up";
    ListFile.Entry entry = f.entries.stream()
        .filter(e -> e.node.path("id").asText().equals(id)
            || Keys.of(e.node.path("company").asText()).equals(Keys.of(g.company()))
                && e.node.path("basis").asText().equals("competing"))
        .findFirst().orElse(null);
    String words = g.strategy().words();
    if (entry != null && flat(entry.node.path("source-text")).equals(flat(words))) {
      put(name, f.text(), report, entry.node.path("id").asText());
      return;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    if (entry == null) {
      fields.put("id", id);
      fields.put("company", g.company());
      fields.put("basis", "competing");
      fields.put("text", template(g));
    } else {
      entry.node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
    }
    fields.put("source-text", words);
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      String prefix = lines.isEmpty() ? "  - " : "    ";
      if (e.getKey().equals("text") || e.getKey().equals("source-text")) {
        List<String> folded = YamlText.folded(4, e.getKey(), flat(e.getValue()));
        if (lines.isEmpty()) {
          folded.set(0, "  - " + folded.get(0).strip());
        }
        lines.addAll(folded);
      } else {
        lines.add(prefix + e.getKey() + ": " + value(e.getValue()));
      }
    }
    lines.add("    # source: " + g.cite("Negotiate Up Strategy", g.strategy().line()));
    if (entry == null) {
      f.add(lines, Yaml.readTree("{id: x}"));
    } else {
      entry.lines = lines;
    }
    put(name, f.text(), report, (entry == null ? "added " : "updated the guide's words of ") + id);
  }

  /**
   * The strategy as a template: the company becomes {company}, "four years" {counterVestYearsInWords}
   * years, and the figures placeholders by where they stand: before "need", the competing base and
   * stock; after it, the counter's base and stock; before "total comp", the counter's total.
   */
  static String template(Guide g) throws GuideException {
    String s = g.strategy().words().strip();
    if ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("“") && s.endsWith("”"))) {
      s = s.substring(1, s.length() - 1);
    }
    s = s.replaceAll("(?<![\\w.])" + Pattern.quote(g.company()) + "(?!\\w)", "{company}");
    s = YEARS_IN_WORDS.matcher(s).replaceAll("{counterVestYearsInWords} years");
    int need = s.indexOf(" need ");
    List<String> before = new ArrayList<>(List.of("competingBase", "competingStock"));
    List<String> after = new ArrayList<>(List.of("counterBase", "counterStock"));
    StringBuilder out = new StringBuilder();
    Matcher m = MONEY.matcher(s);
    int from = 0;
    while (m.find()) {
      String rest = s.substring(m.end()).stripLeading().toLowerCase(Locale.ROOT);
      String slot;
      if (rest.startsWith("total comp")) {
        slot = "counterTotalComp";
      } else if (need < 0 || m.start() < need) {
        slot = before.isEmpty() ? null : before.remove(0);
      } else {
        slot = after.isEmpty() ? null : after.remove(0);
      }
      if (slot == null) {
        throw new GuideException(List.of(new GuideProblem(g.file(), g.strategy().line(),
            "the negotiate-up strategy has more figures than it can place (" + m.group() + "): a competing base and"
                + " stock before \"need\", a counter base and stock after it, and a total before \"total comp\"")));
      }
      out.append(s, from, m.start()).append('{').append(slot).append('}');
      from = m.end();
    }
    return out.append(s.substring(from)).toString();
  }

  /** Writes the changed files into the data folder. */
  public void write() throws IOException {
    DataChanges.write(dataDir, changed());
  }
}
