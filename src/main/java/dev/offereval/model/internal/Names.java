package dev.offereval.model.internal;

import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Offer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Names as people write them: for companies, roles, levels and regions, every id, display name and
 * alias the data knows (case-insensitive, white space runs as one space), and the name the data
 * itself uses for each. A reference fact: {@code band-match.drl} asks it for the closest known names
 * when an offer's name matches none.
 *
 * <p>The data's own name ({@link #canonical}) is the one band files use: the company, role and
 * level as written there, and the region's id. Its display name is what output shows.
 */
public final class Names {
  /** What a name names. */
  public enum Kind {
    COMPANY, ROLE, LEVEL, REGION;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Map<Kind, Map<String, String>> canonical = new EnumMap<>(Kind.class);
  private final Map<Kind, Map<String, String>> display = new EnumMap<>(Kind.class);
  /** By kind and canonical name's key: each form written for it, as first written. */
  private final Map<Kind, Map<String, Map<String, String>>> forms = new EnumMap<>(Kind.class);
  /** By kind and canonical name's key: the files (and lines) that name it. */
  private final Map<Kind, Map<String, Set<String>>> origins = new EnumMap<>(Kind.class);

  private Names() {
    for (Kind k : Kind.values()) {
      canonical.put(k, new TreeMap<>());
      display.put(k, new TreeMap<>());
      forms.put(k, new TreeMap<>());
      origins.put(k, new TreeMap<>());
    }
  }

  /** Collects names; {@link #add} returns the canonical name a written form already means, if another. */
  public static final class Builder {
    private final Names names = new Names();

    /**
     * Records that {@code written} means {@code canonicalName}. Returns null when that is new or
     * the same, else the other canonical name it already means (a contradiction for the caller to
     * report).
     */
    public String add(Kind kind, String written, String canonicalName) {
      String key = Keys.of(written);
      if (key == null || key.isEmpty()) {
        return null;
      }
      String before = names.canonical.get(kind).putIfAbsent(key, canonicalName);
      names.canonical.get(kind).putIfAbsent(Keys.of(canonicalName), canonicalName);
      names.display.get(kind).putIfAbsent(Keys.of(canonicalName), canonicalName);
      if (before != null && !Keys.of(before).equals(Keys.of(canonicalName))) {
        return before;
      }
      names.forms.get(kind).computeIfAbsent(Keys.of(canonicalName), k -> new java.util.LinkedHashMap<>())
          .putIfAbsent(key, written.strip());
      return null;
    }

    /** Records that {@code where} (a file, or a file and line) names {@code canonicalName}. */
    public void from(Kind kind, String canonicalName, String where) {
      names.origins.get(kind).computeIfAbsent(Keys.of(canonicalName), k -> new java.util.LinkedHashSet<>()).add(where);
    }

    /** Sets the display name of a canonical name (the first one given wins). */
    public void display(Kind kind, String canonicalName, String displayName) {
      if (displayName != null && !displayName.isBlank()) {
        names.display.get(kind).merge(Keys.of(canonicalName), displayName.trim(),
            (old, neu) -> old.equals(canonicalName) ? neu : old);
      }
    }

    public Names build() {
      return names;
    }
  }

  public static Names empty() {
    return new Names();
  }

  /** Whether {@code written} is an id, display name or alias the data knows. */
  public boolean knows(Kind kind, String written) {
    return written != null && canonical.get(kind).containsKey(Keys.of(written));
  }

  /** The data's own name for {@code written}, or {@code written} itself when the data does not know it. */
  public String canonical(Kind kind, String written) {
    if (written == null) {
      return null;
    }
    String c = canonical.get(kind).get(Keys.of(written));
    return c == null ? written : c;
  }

  /** The display name for {@code written}: the data's, or {@code written} itself. */
  public String display(Kind kind, String written) {
    String c = canonical(kind, written);
    String d = c == null ? null : display.get(kind).get(Keys.of(c));
    return d == null ? c : d;
  }

  /** The offer with its company, role, level and region, and its competing companies, in the data's names. */
  public Offer canonical(Offer o) {
    String company = canonical(Kind.COMPANY, o.company());
    String role = canonical(Kind.ROLE, o.role());
    String level = canonical(Kind.LEVEL, o.level());
    String region = canonical(Kind.REGION, o.region());
    List<CompetingOffer> competing = new ArrayList<>(o.competing().size());
    boolean changed = !company.equals(o.company()) || !role.equals(o.role()) || !level.equals(o.level())
        || !region.equals(o.region());
    for (CompetingOffer c : o.competing()) {
      String name = canonical(Kind.COMPANY, c.company());
      String lvl = c.level() == null ? null : canonical(Kind.LEVEL, c.level());
      if (name.equals(c.company()) && java.util.Objects.equals(lvl, c.level())) {
        competing.add(c);
      } else {
        changed = true;
        competing.add(new CompetingOffer(name, lvl, c.base(), c.stockGrant(), c.vestYears(), c.bonusPct(),
            c.vestSchedule(), c.vestingAssumed()));
      }
    }
    if (!changed) {
      return o;
    }
    return new Offer(o.offerId(), company, role, level, region, o.base(), o.stockGrant(), o.vestYears(),
        o.bonusPct(), o.signOn(), o.skills(), competing, o.vestSchedule());
  }

  /**
   * The data's names closest to {@code written} (at most three, nearest first), when none matches
   * it: each known form within an edit distance of a third of its length (at least two) counts,
   * and a form that contains the written one or is contained in it counts as one edit away.
   */
  public List<String> closest(Kind kind, String written) {
    String key = Keys.of(written);
    if (key == null || key.isEmpty() || knows(kind, written)) {
      return List.of();
    }
    Map<String, Integer> best = new TreeMap<>();
    for (Map.Entry<String, String> e : canonical.get(kind).entrySet()) {
      String form = e.getKey();
      int d = key.length() >= 3 && form.length() >= 3 && (form.contains(key) || key.contains(form)) ? 1
          : distance(key, form);
      if (d <= Math.max(2, form.length() / 3)) {
        best.merge(e.getValue(), d, Math::min);
      }
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(best.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
    return sorted.stream().limit(3).map(Map.Entry::getKey).toList();
  }

  /** Every canonical name of a kind, sorted. */
  public List<String> all(Kind kind) {
    return List.copyOf(new TreeSet<>(canonical.get(kind).values()));
  }

  /**
   * The other forms written for a canonical name, such as a region's aliases: each as first written,
   * in the order loading met them, without the canonical name and the display name.
   */
  public List<String> aliases(Kind kind, String canonicalName) {
    String key = Keys.of(canonicalName);
    String shown = Keys.of(display(kind, canonicalName));
    return forms.get(kind).getOrDefault(key, Map.of()).entrySet().stream()
        .filter(e -> !e.getKey().equals(key) && !e.getKey().equals(shown)).map(Map.Entry::getValue).toList();
  }

  /** Where a canonical name comes from: the files (a band file, {@code levels.yaml:8}, {@code names.yaml:12}) that name it. */
  public List<String> origins(Kind kind, String canonicalName) {
    return List.copyOf(origins.get(kind).getOrDefault(Keys.of(canonicalName), Set.of()));
  }

  /**
   * For a no-band message: each of the offer's names the data does not know, with the closest known
   * ones ({@code region "San Fransisco" is not one the data knows (did you mean san-francisco?)}).
   * Empty when the data knows them all.
   */
  /**
   * Each of the offer's company, role, level and region that the data does not know, as message
   * {@code unknown-name}, with the closest known names when any are near.
   */
  public List<Said> unknownNames(Offer o) {
    List<Said> out = new ArrayList<>();
    unknown(out, Kind.COMPANY, o.company());
    unknown(out, Kind.ROLE, o.role());
    unknown(out, Kind.LEVEL, o.level());
    unknown(out, Kind.REGION, o.region());
    return out;
  }

  private void unknown(List<Said> out, Kind kind, String written) {
    if (knows(kind, written)) {
      return;
    }
    List<String> near = closest(kind, written);
    Map<String, Object> values = new java.util.HashMap<>();
    values.put("kind", kind);
    values.put("written", written);
    if (!near.isEmpty()) {
      values.put("near", near);
    }
    out.add(Said.of("unknown-name", values));
  }

  /** Levenshtein distance, two rows. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  @Override
  public String toString() {
    Map<Kind, Integer> sizes = new EnumMap<>(Kind.class);
    canonical.forEach((k, v) -> sizes.put(k, v.size()));
    return "Names" + Collections.unmodifiableMap(sizes);
  }
}
