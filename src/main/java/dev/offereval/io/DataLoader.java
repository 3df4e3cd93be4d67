package dev.offereval.io;

import dev.offereval.model.DataException;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.offereval.io.DataDocs.*;
import dev.offereval.model.InvalidInputException;
import dev.offereval.model.Band;
import dev.offereval.model.BandKey;
import dev.offereval.model.DataIssue;
import dev.offereval.model.internal.ExpertiseArea;
import dev.offereval.model.internal.ExpertiseTarget;
import dev.offereval.model.FxRate;
import dev.offereval.model.internal.LevelEquivalent;
import dev.offereval.model.internal.LevelMapping;
import dev.offereval.model.internal.LevelRank;
import dev.offereval.model.internal.Lever;
import dev.offereval.model.internal.LeverNeeds;
import dev.offereval.model.Money;
import dev.offereval.model.internal.Names;
import dev.offereval.model.MoneyRange;
import dev.offereval.model.internal.PeerCompany;
import dev.offereval.model.PercentRange;
import dev.offereval.model.internal.Phrases;
import dev.offereval.model.internal.Policy;
import dev.offereval.model.internal.ReferenceData;
import dev.offereval.model.Provenance;
import dev.offereval.model.internal.ScriptTemplate;
import dev.offereval.model.internal.SkillTag;
import dev.offereval.model.internal.Keys;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads and validates the {@code data/} folder.
 *
 * <p>Every problem in every file is collected before failing, so one run shows them all. Each
 * names the file (relative to the data folder), the line where the YAML parser knows it, the field
 * path, and the reason.
 */
public final class DataLoader {

  private final Path root;
  private final List<DataIssue> errors = new ArrayList<>();
  private final List<DataIssue> warnings = new ArrayList<>();

  private DataLoader(Path root) {
    this.root = root;
  }

  /** Loads {@code dataDir}, or throws with every problem found. */
  public static ReferenceData load(Path dataDir) throws DataException {
    return new DataLoader(dataDir).loadAll();
  }

  /** The files of a data folder that are named rather than listed, in loading order. */
  public static final List<String> NAMED_FILES = List.of(
      "levels.yaml", "levers.yaml", "expertise.yaml", "peers.yaml", "policy.yaml", "fx.yaml", "scripts.yaml",
      "names.yaml", "messages.yaml", "phrases.yaml");

  /** Every file loading reads: {@code bands/*.yaml} by name, then the named files that exist. */
  public static List<Path> dataFiles(Path dataDir) throws IOException {
    List<Path> files = new ArrayList<>(bandFiles(dataDir.resolve("bands")));
    for (String name : NAMED_FILES) {
      Path p = dataDir.resolve(name);
      if (Files.isRegularFile(p)) {
        files.add(p);
      }
    }
    return files;
  }

  private static List<Path> bandFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    }
  }

  // ---- loading ----

  private ReferenceData loadAll() throws DataException {
    if (!Files.isDirectory(root)) {
      throw new DataException(List.of(new DataIssue(root.toString(), 0, "", "data folder not found")));
    }
    List<Band> bands = loadBands();
    List<LevelRank> ladders = new ArrayList<>();
    List<LevelEquivalent> levels = loadLevels(ladders);
    List<Lever> levers = loadLevers();
    List<ExpertiseArea> areas = new ArrayList<>();
    List<SkillTag> tags = new ArrayList<>();
    loadExpertise(areas, tags);
    List<PeerCompany> peers = loadPeers();
    List<ExpertiseTarget> targets = new ArrayList<>();
    Policy policy = loadPolicy(targets);
    List<FxRate> rates = loadFx();
    List<ScriptTemplate> scripts = loadScripts();
    Phrases phrases = loadPhrases();
    Names names = loadNames(bands, levels, peers);
    Map<String, String> messages = loadMessages();
    checkLeverNeeds(levers, areas, tags);
    checkScriptLevers(scripts, levers);
    if (!errors.isEmpty()) {
      throw new DataException(withLines(errors));
    }
    return new ReferenceData(
        bands, levels, levers, areas, tags, peers, policy, targets, rates, scripts, withLines(warnings), ladders, names,
        phrases, messages);
  }

  private List<Band> loadBands() {
    Path dir = root.resolve("bands");
    List<Band> bands = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      error("bands", "", "folder not found: bands/*.yaml holds one file per company and role");
      return bands;
    }
    List<Path> files;
    try {
      files = bandFiles(dir);
    } catch (IOException e) {
      error("bands", "", "cannot list the folder: " + e.getMessage());
      return bands;
    }
    Map<BandKey, String> seen = new HashMap<>();
    for (Path file : files) {
      String name = "bands/" + file.getFileName();
      BandFileDoc doc = read(file, name, BandFileDoc.class);
      if (doc == null) {
        continue;
      }
      String company = required(name, "company", doc.company());
      String role = required(name, "role", doc.role());
      LocalDate asOf = date(name, "as-of", doc.asOf(), true);
      if (doc.bands() == null || doc.bands().isEmpty()) {
        error(name, "bands", "is required and must list at least one band");
        continue;
      }
      for (int i = 0; i < doc.bands().size(); i++) {
        BandDoc b = doc.bands().get(i);
        String at = "bands[" + i + "]";
        if (b == null) {
          error(name, at, "is empty");
          continue;
        }
        Band band = band(name, at, company, role, asOf, doc.sources(), doc.guide(), b);
        if (band == null) {
          continue;
        }
        String previous = seen.putIfAbsent(band.key(), name + " " + at);
        if (previous != null) {
          error(name, at, "duplicate band " + band.key() + ", already defined at " + previous);
          continue;
        }
        bands.add(band);
        checkStatedTotal(name, at, band);
      }
    }
    return bands;
  }

  private Band band(
      String file, String at, String company, String role, LocalDate asOf, List<String> sources, String guide,
      BandDoc b) {
    int before = errors.size();
    String level = required(file, at + ".level", b.level());
    String region = required(file, at + ".region", b.region());
    Currency currency = currency(file, at + ".currency", b.currency());
    MoneyRange base = moneyRange(file, at + ".base", b.base(), currency, false);
    MoneyRange stock = moneyRange(file, at + ".stock-grant", b.stockGrant(), currency, true);
    PercentRange bonus = percentRange(file, at + ".bonus-pct", b.bonusPct());
    MoneyRange stated = moneyRange(file, at + ".stated-total-comp", b.statedTotalComp(), currency, false);
    if (errors.size() > before || company == null || role == null || asOf == null) {
      return null;
    }
    return attempt(file, at, () -> new Band(company, role, level, region, b.regionName(), currency,
        base, stock, b.stockGrant().vestYears(), bonus, stated, asOf, sources, guide, file));
  }

  private void checkStatedTotal(String file, String at, Band band) {
    MoneyRange computed = band.componentTotalComp();
    MoneyRange stated = band.statedTotalComp();
    if (!computed.equals(stated)) {
      warning(file, at + ".stated-total-comp",
          band.label() + ": the source states total comp " + range(stated) + " but its components sum to "
              + range(computed) + " (base + stock grant / " + band.vestYears()
              + " + base x bonus %); the stated figure is kept as the source gives it");
    }
  }

  private static String range(MoneyRange r) {
    return dev.offereval.model.internal.MoneyFormat.full(r.min()) + "–" + dev.offereval.model.internal.MoneyFormat.full(r.max());
  }

  private List<LevelEquivalent> loadLevels(List<LevelRank> ladders) {
    String name = LevelsSection.FILE;
    LevelsDoc doc = read(root.resolve(name), name, LevelsDoc.class);
    if (doc == null) {
      return new ArrayList<>();
    }
    LevelsSection levels = LevelsSection.read(doc, YamlLines.positions(root.resolve(name)));
    errors.addAll(levels.errors());
    ladders.addAll(levels.ladders);
    return levels.levels;
  }

  private List<Lever> loadLevers() {
    String name = "levers.yaml";
    LeversDoc doc = read(root.resolve(name), name, LeversDoc.class);
    List<Lever> out = new ArrayList<>();
    if (doc == null) {
      return out;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list(doc.levers()).size(); i++) {
      LeverDoc l = doc.levers().get(i);
      String at = "levers[" + i + "]";
      if (l.expertise() == null) {
        error(name, at + ".expertise", "is required (true or false)");
        continue;
      }
      LeverNeeds needs = null;
      if (l.appliesWhen() != null) {
        AppliesWhenDoc w = l.appliesWhen();
        needs = attempt(name, at + ".applies-when", () -> new LeverNeeds(w.anyOf(), w.allOf(), w.role()));
        if (needs == null) {
          continue;
        }
      }
      LeverNeeds when = needs;
      Provenance provenance = l.provenance() == null ? null
          : attempt(name, at + ".provenance", () -> Provenance.of(l.provenance()));
      if (l.provenance() != null && provenance == null) {
        continue;
      }
      Lever lever = attempt(name, at, () -> new Lever(l.id(), l.title(), l.category(), l.company(),
          l.expertise(), oneLine(l.talkingPoint()), oneLine(l.sourceText()), oneLine(l.source()), when, provenance));
      if (lever != null && !ids.add(lever.id())) {
        error(name, at + ".id", "duplicate lever id " + lever.id());
      } else if (lever != null) {
        leverIndex.put(lever.id(), i);
        out.add(lever);
      }
    }
    return out;
  }

  private void loadExpertise(List<ExpertiseArea> areas, List<SkillTag> tags) {
    String name = "expertise.yaml";
    ExpertiseDoc doc = read(root.resolve(name), name, ExpertiseDoc.class);
    if (doc == null) {
      return;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list(doc.areas()).size(); i++) {
      AreaDoc a = doc.areas().get(i);
      String at = "areas[" + i + "]";
      ExpertiseArea area = attempt(name, at, () -> new ExpertiseArea(a.id(), a.title()));
      if (area == null) {
        continue;
      }
      if (!ids.add(area.id())) {
        error(name, at + ".id", "duplicate area id " + area.id());
        continue;
      }
      areas.add(area);
      if (a.names() != null) {
        Set<String> listed = new HashSet<>();
        list(a.tags()).forEach(t -> listed.add(Keys.of(t)));
        for (String named : a.names().keySet()) {
          if (!listed.contains(Keys.of(named))) {
            error(name, at + ".names." + named, "names a tag the area does not list in tags");
          }
        }
      }
      Set<String> seen = new HashSet<>();
      for (int t = 0; t < list(a.tags()).size(); t++) {
        String tag = a.tags().get(t);
        String spoken = a.names() == null || tag == null ? null : a.names().get(Keys.of(tag));
        SkillTag skill = attempt(name, at + ".tags[" + t + "]", () -> new SkillTag(tag, area.id(), spoken, area.title()));
        if (skill != null && seen.add(skill.tag())) {
          tags.add(skill);
        }
      }
    }
  }

  private List<PeerCompany> loadPeers() {
    String name = "peers.yaml";
    PeersDoc doc = read(root.resolve(name), name, PeersDoc.class);
    List<PeerCompany> out = new ArrayList<>();
    if (doc == null) {
      return out;
    }
    for (int g = 0; g < list(doc.groups()).size(); g++) {
      PeerGroupDoc group = doc.groups().get(g);
      String at = "groups[" + g + "]";
      for (int i = 0; i < list(group.companies()).size(); i++) {
        String company = group.companies().get(i);
        PeerCompany peer = attempt(name, at + ".companies[" + i + "]", () -> new PeerCompany(group.id(), company));
        if (peer != null) {
          out.add(peer);
        }
      }
    }
    return out;
  }

  /**
   * The typed policy: every number of {@link Policy.Key} once, each within the range the code
   * honours; a value outside it is refused at its line. Null when any is refused.
   */
  private Policy loadPolicy(List<ExpertiseTarget> targets) {
    String name = "policy.yaml";
    PolicyDoc doc = read(root.resolve(name), name, PolicyDoc.class);
    if (doc == null) {
      return null;
    }
    Map<Policy.Key, BigDecimal> values = new EnumMap<>(Policy.Key.class);
    boolean refused = false;
    for (int i = 0; i < list(doc.numbers()).size(); i++) {
      NumberDoc n = doc.numbers().get(i);
      String at = "numbers[" + i + "]";
      Policy.Key key = n.key() == null ? null : Policy.Key.byKey(n.key().strip());
      if (key == null) {
        error(name, at + ".key", n.key() == null ? "is required" : "\"" + n.key() + "\" is not a policy number (known: "
            + Arrays.stream(Policy.Key.values()).map(Policy.Key::key).collect(Collectors.joining(", ")) + ")");
        refused = true;
        continue;
      }
      BigDecimal value = decimal(name, at + ".value", n.value());
      String why = value == null ? "" : key.refusal(value);
      if (why != null) {
        if (!why.isEmpty()) {
          error(name, at + ".value", why);
        }
        refused = true;
      } else if (values.putIfAbsent(key, value) != null) {
        error(name, at + ".key", "duplicate policy key " + key.key());
        refused = true;
      }
    }
    for (Policy.Key key : Policy.Key.values()) {
      if (!refused && !values.containsKey(key)) {
        error(name, "numbers", "policy number " + key.key() + " is required: " + key.range());
        refused = true;
      }
    }
    loadTargets(name, doc, targets);
    return refused ? null : attempt(name, "numbers", () -> Policy.of(values));
  }

  private void loadTargets(String name, PolicyDoc doc, List<ExpertiseTarget> targets) {
    Set<Integer> counts = new HashSet<>();
    for (int i = 0; i < list(doc.expertiseTargets()).size(); i++) {
      TargetDoc t = doc.expertiseTargets().get(i);
      String at = "expertise-targets[" + i + "]";
      if (t.minLevers() == null) {
        error(name, at + ".min-levers", "is required");
        continue;
      }
      BigDecimal penetration = decimal(name, at + ".penetration", t.penetration());
      if (penetration == null) {
        continue;
      }
      ExpertiseTarget target = attempt(name, at, () -> new ExpertiseTarget(t.minLevers(), penetration));
      if (target != null && !counts.add(target.minLevers())) {
        error(name, at + ".min-levers", "duplicate min-levers " + target.minLevers());
      } else if (target != null) {
        targets.add(target);
      }
    }
    List<ExpertiseTarget> sorted =
        targets.stream().sorted(Comparator.comparingInt(ExpertiseTarget::minLevers)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).penetration().compareTo(sorted.get(i - 1).penetration()) < 0) {
        error(name, "expertise-targets", "penetration falls from " + sorted.get(i - 1).penetration()
            + " to " + sorted.get(i).penetration() + " as min-levers rises to " + sorted.get(i).minLevers()
            + "; more expertise must never lower the counter");
      }
    }
  }

  /** The words of the rules' messages, by code: {@code messages.yaml}. */
  private Map<String, String> loadMessages() {
    String name = "messages.yaml";
    MessagesDoc doc = read(root.resolve(name), name, MessagesDoc.class);
    Map<String, String> out = new java.util.LinkedHashMap<>();
    if (doc == null) {
      return out;
    }
    if (doc.messages() == null || doc.messages().isEmpty()) {
      error(name, "messages", "is required and must give at least one message");
      return out;
    }
    doc.messages().forEach((code, text) -> {
      if (text == null || text.isBlank()) {
        error(name, "messages." + code, "is empty");
      } else {
        out.put(code, text.strip());
      }
    });
    return out;
  }

  private List<FxRate> loadFx() {
    String name = "fx.yaml";
    FxDoc doc = read(root.resolve(name), name, FxDoc.class);
    List<FxRate> out = new ArrayList<>();
    if (doc == null) {
      return out;
    }
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < list(doc.rates()).size(); i++) {
      RateDoc r = doc.rates().get(i);
      String at = "rates[" + i + "]";
      Currency from = currency(name, at + ".from", r.from());
      Currency to = currency(name, at + ".to", r.to());
      BigDecimal rate = decimal(name, at + ".rate", r.rate());
      LocalDate asOf = date(name, at + ".as-of", r.asOf(), true);
      if (from == null || to == null || rate == null || asOf == null) {
        continue;
      }
      if (from.equals(to)) {
        error(name, at, "a rate from " + from + " to itself is implied; remove it");
        continue;
      }
      if (!pairs.add(from + ">" + to) || !pairs.add(to + ">" + from)) {
        error(name, at, "a rate between " + from + " and " + to + " is already given (inverses are derived)");
        continue;
      }
      FxRate fx = attempt(name, at, () -> new FxRate(from, to, rate, asOf, r.source(),
          Boolean.TRUE.equals(r.placeholder())));
      if (fx != null) {
        out.add(fx);
        out.add(fx.inverse());
      }
    }
    return out;
  }

  private List<ScriptTemplate> loadScripts() {
    String name = "scripts.yaml";
    ScriptsDoc doc = read(root.resolve(name), name, ScriptsDoc.class);
    List<ScriptTemplate> out = new ArrayList<>();
    if (doc == null) {
      return out;
    }
    Set<String> ids = new HashSet<>();
    Set<String> slots = new HashSet<>();
    for (int i = 0; i < list(doc.scripts()).size(); i++) {
      ScriptDoc s = doc.scripts().get(i);
      String at = "scripts[" + i + "]";
      Provenance provenance = s.provenance() == null ? null
          : attempt(name, at + ".provenance", () -> Provenance.of(s.provenance()));
      if (s.provenance() != null && provenance == null) {
        continue;
      }
      ScriptTemplate t = attempt(name, at, () -> new ScriptTemplate(s.id(), s.company(), s.basis(),
          s.citesPeerGroup(), s.requiresLever(), oneLine(s.text()), oneLine(s.sourceText()), oneLine(s.source()),
          provenance));
      if (t == null) {
        continue;
      }
      if (!ids.add(t.id())) {
        error(name, at + ".id", "duplicate script id " + t.id());
      } else if (!slots.add(t.companyKey() + "|" + t.basis())) {
        error(name, at, "a " + t.basis() + " script for " + (t.company() == null ? "any company" : t.company())
            + " is already given; the rules could not choose between them");
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The phrases scripts are built from: every key of {@link Phrases#KEYS}, no other, and in each
   * only the placeholders the renderer fills there.
   */
  private Phrases loadPhrases() {
    String name = "phrases.yaml";
    PhrasesDoc doc = read(root.resolve(name), name, PhrasesDoc.class);
    if (doc == null) {
      return null;
    }
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    doc.phrases().forEach((key, text) -> {
      String at = "phrases." + key;
      Set<String> fills = Phrases.KEYS.get(key);
      if (fills == null) {
        error(name, at, "\"" + key + "\" is not a phrase the scripts use (known: "
            + String.join(", ", Phrases.KEYS.keySet()) + ")");
      } else if (text == null || text.isBlank()) {
        error(name, at, "is required");
      } else {
        for (String p : Phrases.placeholders(text)) {
          if (!fills.contains(p)) {
            error(name, at, "phrase " + key + " uses {" + p + "}, which the renderer does not fill there ("
                + (fills.isEmpty() ? "it fills none" : "it fills " + braces(fills)) + ")");
          }
        }
        texts.put(key, oneLine(text));
      }
    });
    boolean complete = true;
    for (String key : Phrases.KEYS.keySet()) {
      if (!doc.phrases().containsKey(key)) {
        error(name, "phrases", "phrase " + key + " is missing");
        complete = false;
      }
    }
    return complete && texts.size() == Phrases.KEYS.size() ? new Phrases(texts) : null;
  }

  private static String braces(Set<String> names) {
    return String.join(", ", new java.util.TreeSet<>(names).stream().map(n -> "{" + n + "}").toList());
  }

  /** A script's requires-lever names a lever of levers.yaml; a typo would silently retire the script. */
  private void checkScriptLevers(List<ScriptTemplate> scripts, List<Lever> levers) {
    Set<String> ids = new HashSet<>();
    levers.forEach(l -> ids.add(l.id()));
    for (int i = 0; i < scripts.size(); i++) {
      ScriptTemplate t = scripts.get(i);
      if (t.requiresLever() != null && !ids.contains(t.requiresLever())) {
        error("scripts.yaml", "scripts[" + i + "].requires-lever", "script " + t.id() + " requires lever "
            + t.requiresLever() + ", which levers.yaml does not have (it has " + String.join(", ", new java.util.TreeSet<>(ids))
            + ")");
      }
    }
  }

  /** Every term a lever's applies-when lists is an expertise area or a skill tag of expertise.yaml. */
  private void checkLeverNeeds(List<Lever> levers, List<ExpertiseArea> areas, List<SkillTag> tags) {
    Set<String> known = new HashSet<>();
    areas.forEach(a -> known.add(Keys.of(a.id())));
    tags.forEach(t -> known.add(t.tag()));
    for (int i = 0; i < levers.size(); i++) {
      Lever l = levers.get(i);
      if (l.needs() == null) {
        continue;
      }
      for (String term : l.needs().terms()) {
        if (!known.contains(term)) {
          error("levers.yaml", "levers[" + indexOf(l) + "].applies-when", "\"" + term
              + "\" is neither an expertise area nor a skill tag in expertise.yaml (areas: "
              + String.join(", ", areas.stream().map(ExpertiseArea::id).toList()) + ")");
        }
      }
    }
  }

  private final Map<String, Integer> leverIndex = new HashMap<>();

  private int indexOf(Lever l) {
    return leverIndex.getOrDefault(l.id(), 0);
  }

  /**
   * Names as people write them: {@code names.yaml} (optional) gives display names and aliases; the
   * names band files, level groups and peer groups use are known without being listed. A written
   * form may mean one thing only.
   */
  private Names loadNames(List<Band> bands, List<LevelEquivalent> levels, List<PeerCompany> peers) {
    String name = "names.yaml";
    Names.Builder names = new Names.Builder();
    NamesDoc doc = Files.isRegularFile(root.resolve(name)) ? read(root.resolve(name), name, NamesDoc.class) : null;
    if (doc != null) {
      Map<String, int[]> lines = YamlLines.positions(root.resolve(name));
      names(name, "companies", doc.companies(), Names.Kind.COMPANY, names, lines);
      names(name, "roles", doc.roles(), Names.Kind.ROLE, names, lines);
      names(name, "levels", doc.levels(), Names.Kind.LEVEL, names, lines);
      names(name, "regions", doc.regions(), Names.Kind.REGION, names, lines);
    }
    for (Band b : bands) {
      String at = b.sourceFile() + " " + b.label();
      implicit(names, Names.Kind.COMPANY, b.company(), b.company(), at, b.sourceFile());
      implicit(names, Names.Kind.ROLE, b.role(), b.role(), at, b.sourceFile());
      implicit(names, Names.Kind.LEVEL, b.level(), b.level(), at, b.sourceFile());
      implicit(names, Names.Kind.REGION, b.region(), b.region(), at, b.sourceFile());
      implicit(names, Names.Kind.REGION, b.regionName(), b.region(), at, b.sourceFile());
      names.display(Names.Kind.REGION, b.region(), b.regionName());
    }
    for (LevelEquivalent l : levels) {
      String key = new LevelMapping.Level(l.company(), l.level()).key();
      for (LevelMapping m : l.group().mappings()) {
        if (m.lists(key)) {
          String at = "levels.yaml:" + m.line();
          implicit(names, Names.Kind.COMPANY, l.company(), l.company(), "levels.yaml group " + m.id(), at);
          implicit(names, Names.Kind.LEVEL, l.level(), l.level(), "levels.yaml group " + m.id(), at);
        }
      }
    }
    for (PeerCompany p : peers) {
      implicit(names, Names.Kind.COMPANY, p.company(), p.company(), "peers.yaml group " + p.group(), "peers.yaml");
    }
    return names.build();
  }

  private void names(String file, String section, List<NameDoc> entries, Names.Kind kind, Names.Builder names,
      Map<String, int[]> lines) {
    for (int i = 0; i < list(entries).size(); i++) {
      NameDoc n = entries.get(i);
      String at = section + "[" + i + "]";
      if (n == null) {
        error(file, at, "is empty");
        continue;
      }
      boolean region = kind == Names.Kind.REGION;
      String canonical = region ? required(file, at + ".id", n.id()) : required(file, at + ".name", n.name());
      if (canonical == null) {
        continue;
      }
      if (!region && n.id() != null) {
        error(file, at + ".id", "only regions have ids; a " + kind.word() + " is known by its name");
        continue;
      }
      List<String> forms = new ArrayList<>();
      forms.add(canonical);
      if (n.name() != null) {
        forms.add(n.name());
      }
      for (int a = 0; a < list(n.aliases()).size(); a++) {
        String alias = n.aliases().get(a);
        if (alias == null || alias.isBlank()) {
          error(file, at + ".aliases[" + a + "]", "is blank");
        } else {
          forms.add(alias);
        }
      }
      for (String form : forms) {
        String other = names.add(kind, form, canonical);
        if (other != null) {
          error(file, at, kind.word() + " name \"" + form + "\" already means " + other + "; a name may mean one "
              + kind.word() + " only");
        }
      }
      if (region) {
        names.display(kind, canonical, n.name());
      }
      names.from(kind, canonical, file + ":" + YamlLines.positionOf(lines, at)[0]);
    }
  }

  private void implicit(Names.Builder names, Names.Kind kind, String form, String canonical, String where,
      String origin) {
    String other = names.add(kind, form, canonical);
    if (other != null) {
      error("names.yaml", "", kind.word() + " name \"" + form + "\" means " + other + " in names.yaml but "
          + canonical + " in " + where);
    } else {
      names.from(kind, canonical, origin);
    }
  }

  // ---- helpers ----

  /**
   * Puts every issue that names a field at that field's line. Jackson's own location can be the end
   * of the enclosing object (it buffers a record's properties), so the field's line wins when known.
   */
  private List<DataIssue> withLines(List<DataIssue> issues) {
    Map<String, Map<String, int[]>> byFile = new HashMap<>();
    List<DataIssue> out = new ArrayList<>();
    for (DataIssue i : issues) {
      if (i.field() == null || i.field().isEmpty() || !Files.isRegularFile(root.resolve(i.file()))) {
        out.add(i.line() > 0 && i.column() == 0 ? new DataIssue(i.file(), i.line(), i.field(), i.message(), 1) : i);
        continue;
      }
      Map<String, int[]> lines = byFile.computeIfAbsent(i.file(), f -> YamlLines.positions(root.resolve(f)));
      // a path ending in a named field points at that field; one ending in an index names a whole
      // object, inside which the parser's own line is the more precise
      int[] exact = i.field().endsWith("]") && i.line() > 0 ? null : lines.get(i.field());
      int[] at = exact != null ? exact
          : i.line() > 0 ? new int[] {i.line(), Math.max(i.column(), 1)} : YamlLines.positionOf(lines, i.field());
      out.add(new DataIssue(i.file(), at[0], i.field(), i.message(), at[0] > 0 ? Math.max(at[1], 1) : 0));
    }
    return out;
  }

  /**
   * Where a field of a data file starts, {line, column} (1-based; {0, 0} when not found), for
   * problems found after loading ({@code validate} naming a catalog lever).
   */
  public static int[] position(Path dataDir, String file, String field) {
    return YamlLines.positionOf(YamlLines.positions(dataDir.resolve(file)), field);
  }

  private <T> T read(Path file, String name, Class<T> type) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(Yaml.MAX_CODE_POINTS * 4 + 1);
      Yaml.rejectAliases(bytes, name);
      T doc = Yaml.MAPPER.readValue(bytes, type);
      if (doc == null) {
        error(name, "", "is empty");
      }
      return doc;
    } catch (DataException e) {
      errors.addAll(e.problems());
    } catch (NoSuchFileException e) {
      error(name, "", "file not found");
    } catch (JsonProcessingException e) {
      errors.add(Yaml.issue(name, e));
    } catch (IOException e) {
      error(name, "", "cannot read: " + e.getMessage());
    }
    return null;
  }

  private <T> T attempt(String file, String field, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | NullPointerException | InvalidInputException e) {
      error(file, field, e.getMessage());
      return null;
    }
  }

  private String required(String file, String field, String value) {
    if (value == null || value.isBlank()) {
      error(file, field, "is required");
      return null;
    }
    return value.strip();
  }

  private Currency currency(String file, String field, String code) {
    if (required(file, field, code) == null) {
      return null;
    }
    try {
      if (!code.strip().matches("[A-Z]{3}")) {
        throw new IllegalArgumentException();
      }
      return Currency.getInstance(code.strip());
    } catch (IllegalArgumentException e) {
      error(file, field, "unknown currency '" + code + "' (use an ISO 4217 code such as USD or GBP)");
      return null;
    }
  }

  private BigDecimal decimal(String file, String field, String text) {
    if (text == null) {
      error(file, field, "is required");
      return null;
    }
    String s = text.strip();
    boolean negative = s.startsWith("-");
    try {
      BigDecimal v = Amounts.parse(negative ? s.substring(1) : s);
      if (negative) {
        error(file, field, "is negative: " + s);
        return null;
      }
      return v;
    } catch (IllegalArgumentException | InvalidInputException e) {
      error(file, field, e.getMessage());
      return null;
    }
  }

  private MoneyRange moneyRange(String file, String field, RangeDoc r, Currency currency, boolean grant) {
    if (r == null) {
      error(file, field, "is required");
      return null;
    }
    if (grant && r.vestYears() == null) {
      error(file, field + ".vest-years", "is required");
    } else if (!grant && r.vestYears() != null) {
      error(file, field + ".vest-years", "applies to stock-grant only");
    }
    BigDecimal min = decimal(file, field + ".min", r.min());
    BigDecimal max = decimal(file, field + ".max", r.max());
    if (min == null || max == null || currency == null) {
      return null;
    }
    return attempt(file, field, () -> new MoneyRange(new Money(min, currency), new Money(max, currency)));
  }

  private PercentRange percentRange(String file, String field, RangeDoc r) {
    if (r == null) {
      error(file, field, "is required");
      return null;
    }
    BigDecimal min = decimal(file, field + ".min", r.min());
    BigDecimal max = decimal(file, field + ".max", r.max());
    if (min == null || max == null) {
      return null;
    }
    return attempt(file, field, () -> new PercentRange(min, max));
  }

  private LocalDate date(String file, String field, String text, boolean needed) {
    if (text == null || text.isBlank()) {
      if (needed) {
        error(file, field, "is required (YYYY-MM-DD, or YYYY-MM when the source gives no day)");
      }
      return null;
    }
    String s = text.strip();
    try {
      return s.length() == 7 ? YearMonth.parse(s).atDay(1) : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      error(file, field, "'" + s + "' is not a date (YYYY-MM-DD, or YYYY-MM)");
      return null;
    }
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  private static String oneLine(String s) {
    return s == null ? null : s.strip().replaceAll("\\s+", " ");
  }

  private void error(String file, String field, String message) {
    errors.add(new DataIssue(file, 0, field, message));
  }

  private void warning(String file, String field, String message) {
    warnings.add(new DataIssue(file, 0, field, message));
  }
}
