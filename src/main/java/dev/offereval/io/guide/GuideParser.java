package dev.offereval.io.guide;

import dev.offereval.io.guide.Guide.CompanyLevel;
import dev.offereval.io.guide.Guide.LevelMapping;
import dev.offereval.io.guide.Guide.Range;
import dev.offereval.io.guide.Guide.RegionRow;
import dev.offereval.io.guide.Guide.Source;
import dev.offereval.io.guide.Guide.Strategy;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a negotiation guide in the series' format:
 *
 * <pre>
 * ### Role | Company Global Negotiation Guide
 * | Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |     (one row per region)
 * **Level Mapping:** Company L2 (Role) = Other L3 = ...
 * ### Company Something Lever                                          (then its prose)
 * **Global Levers**
 * 1. **Title:** "quoted talking point"
 * > **Negotiate Up Strategy:** "quoted script"
 * #### Evidence &amp; Sources
 * - Source title, Month YYYY
 * </pre>
 *
 * Optional: {@code **As of:** Month YYYY} (else the latest source date). Everything else is prose
 * and is skipped. Problems are collected, each with its line, and thrown together.
 */
public final class GuideParser {

  /**
   * Currency symbols and how each reads. Plain {@code $} is US dollars; other dollars need their
   * prefix ({@code CA$}, {@code A$}, ...) or an ISO code written before the figure ({@code CAD 150K}).
   * {@code ¥} is refused: it is yen or yuan, so write {@code JPY} or {@code CNY}.
   */
  public static final Map<String, String> SYMBOLS = symbols();

  private static Map<String, String> symbols() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("$", "USD");
    m.put("US$", "USD");
    m.put("CA$", "CAD");
    m.put("C$", "CAD");
    m.put("A$", "AUD");
    m.put("AU$", "AUD");
    m.put("NZ$", "NZD");
    m.put("S$", "SGD");
    m.put("HK$", "HKD");
    m.put("MX$", "MXN");
    m.put("£", "GBP");
    m.put("€", "EUR");
    m.put("₹", "INR");
    return m;
  }

  private static final Pattern TITLE = Pattern.compile("^###\\s+(.+?)\\s*\\|\\s*(.+?)\\s*$");
  private static final Pattern GUIDE_WORDS = Pattern.compile("\\s+(Global\\s+)?Negotiation\\s+Guide$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEVEL_MAPPING = Pattern.compile("^\\*\\*Level Mapping:?\\*\\*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADING = Pattern.compile("^(#{2,4})\\s+(.*)$");
  private static final Pattern GLOBAL_LEVERS = Pattern.compile("^\\*\\*Global Levers:?\\*\\*\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern GLOBAL_LEVER = Pattern.compile("^(\\d+)\\.\\s+\\*\\*(.+?):?\\*\\*:?\\s*(.+)$");
  private static final Pattern STRATEGY = Pattern.compile("^>?\\s*\\*\\*Negotiate Up Strategy:?\\*\\*:?\\s*(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern AS_OF = Pattern.compile("^\\*\\*As of:?\\*\\*:?\\s*(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{4})\\b");
  private static final Pattern VEST = Pattern.compile("(\\d+)\\s*-?\\s*(?:yr|yrs|year|years)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern AMOUNT = Pattern.compile(
      "^(?<cur>[^\\d\\s]*?|[A-Z]{3}\\s)\\s*(?<num>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(?<frac>\\d+))?\\s*(?<mult>[KkMm])?$");
  private static final Pattern RANGE = Pattern.compile("^(.+?)\\s*(?:–|—|-|\\s+to\\s+)\\s*(.+)$");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"“])");

  private final String file;
  private final List<String> lines;
  private final List<GuideProblem> problems = new ArrayList<>();

  private GuideParser(String file, String text) {
    this.file = file;
    List<String> all = new ArrayList<>(List.of(text.split("\n", -1)));
    while (!all.isEmpty() && all.get(all.size() - 1).isBlank()) {
      all.remove(all.size() - 1);
    }
    this.lines = List.copyOf(all);
  }

  /** Parses a decoded guide, or throws with every problem found. */
  public static Guide parse(String file, GuideText text) throws GuideException {
    return new GuideParser(file, text.text()).guide(text.encoding());
  }

  private Guide guide(String encoding) throws GuideException {
    String title = null;
    String role = null;
    String company = null;
    for (int i = 0; i < lines.size() && title == null; i++) {
      Matcher m = TITLE.matcher(lines.get(i).strip());
      if (m.matches()) {
        title = m.group(1) + " | " + m.group(2);
        role = m.group(1).strip();
        company = GUIDE_WORDS.matcher(m.group(2)).replaceFirst("").strip();
      }
    }
    if (title == null) {
      problem(1, "missing section: the title line, `### Role | Company Global Negotiation Guide`");
      throw new GuideException(problems);
    }
    List<RegionRow> regions = regions();
    LevelMapping levels = levels(company);
    Guide.Lever companyLever = companyLever();
    List<Guide.Lever> globalLevers = globalLevers();
    Strategy strategy = strategy();
    List<Source> sources = sources();
    YearMonth asOf = asOf(sources);
    if (!problems.isEmpty()) {
      throw new GuideException(problems);
    }
    return new Guide(file, encoding, title, role, company, asOf, regions, levels, companyLever, globalLevers,
        strategy, sources);
  }

  // ---- the region table ----

  private List<RegionRow> regions() {
    List<RegionRow> rows = new ArrayList<>();
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      List<String> cells = cells(lines.get(i));
      if (cells != null && !cells.isEmpty() && cells.get(0).equalsIgnoreCase("region")) {
        header = i;
        break;
      }
    }
    if (header < 0) {
      problem(lines.size(), "missing section: the region table (a header row starting `| Region |`)");
      return rows;
    }
    List<String> names = cells(lines.get(header));
    int base = column(names, "base");
    int stock = column(names, "stock");
    int bonus = column(names, "bonus");
    int total = column(names, "total");
    for (String[] need : new String[][] {{"base", "" + base}, {"stock", "" + stock}, {"bonus", "" + bonus},
        {"total comp", "" + total}}) {
      if (Integer.parseInt(need[1]) < 0) {
        problem(header + 1, "the region table has no " + need[0] + " column (columns: " + String.join(", ", names) + ")");
      }
    }
    int vestYears = 0;
    if (stock >= 0) {
      Matcher v = VEST.matcher(names.get(stock));
      if (v.find()) {
        vestYears = Integer.parseInt(v.group(1));
      } else {
        problem(header + 1, "the stock column \"" + names.get(stock) + "\" does not say its vesting years"
            + " (write it as Stock (RSU/4yr))");
      }
    }
    if (problems.size() > 0 && (base < 0 || stock < 0 || bonus < 0 || total < 0)) {
      return rows;
    }
    for (int i = header + 1; i < lines.size(); i++) {
      List<String> cells = cells(lines.get(i));
      if (cells == null) {
        break;
      }
      if (cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
        continue;
      }
      int line = i + 1;
      if (cells.size() != names.size()) {
        problem(line, "region row has " + cells.size() + " cells where the header has " + names.size()
            + ": " + lines.get(i).strip());
        continue;
      }
      String name = cells.get(0);
      int before = problems.size();
      // one problem per row is enough: the same mistake (a currency symbol) usually repeats along it
      Money b = money(line, "base", cells.get(base), null);
      Money s = problems.size() > before ? null : money(line, "stock", cells.get(stock), b.currency());
      Money t = problems.size() > before ? null : money(line, "total comp", cells.get(total), b.currency());
      Range pct = problems.size() > before ? null : percent(line, cells.get(bonus));
      if (name.isBlank()) {
        problem(line, "region row has no region name");
      }
      if (problems.size() > before || vestYears == 0) {
        continue;
      }
      for (Money other : List.of(s, t)) {
        if (!other.currency().equals(b.currency())) {
          problem(line, "region row mixes " + b.currency() + " and " + other.currency() + "; a band has one currency");
        }
      }
      if (problems.size() == before) {
        rows.add(new RegionRow(line, name, regionId(name), b.currency(), b.range(), s.range(), vestYears, pct, t.range()));
      }
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problem(header + 1, "the region table has no rows");
    }
    return rows;
  }

  /** A region's id: the part of its name before any comma or parenthesis, as a slug. */
  public static String regionId(String name) {
    String head = name.split("[,(]", 2)[0];
    return slug(head);
  }

  /** Lower case, accents dropped, every run of other characters one hyphen. */
  public static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  private static List<String> cells(String line) {
    String s = line.strip();
    if (!s.startsWith("|")) {
      return null;
    }
    s = s.substring(1);
    if (s.endsWith("|")) {
      s = s.substring(0, s.length() - 1);
    }
    List<String> out = new ArrayList<>();
    for (String c : s.split("\\|", -1)) {
      out.add(c.strip());
    }
    return out;
  }

  private static int column(List<String> names, String word) {
    for (int i = 1; i < names.size(); i++) {
      if (names.get(i).toLowerCase(Locale.ROOT).contains(word)) {
        return i;
      }
    }
    return -1;
  }

  private record Money(Currency currency, Range range) {}

  private Money money(int line, String column, String cell, Currency expected) {
    Matcher r = RANGE.matcher(cell.strip());
    String[] ends = r.matches() ? new String[] {r.group(1), r.group(2)} : new String[] {cell.strip(), cell.strip()};
    Currency currency = null;
    BigDecimal[] values = new BigDecimal[2];
    for (int k = 0; k < 2; k++) {
      Matcher m = AMOUNT.matcher(ends[k].strip());
      if (!m.matches()) {
        problem(line, column + " \"" + cell + "\" is not a figure or a range of figures (such as $150K–$200K)");
        return null;
      }
      String prefix = m.group("cur").strip();
      if (!prefix.isEmpty()) {
        Currency c = currency(prefix);
        if (c == null) {
          problem(line, "unknown currency symbol \"" + prefix + "\" in " + column + " \"" + cell + "\" (known: "
              + String.join(" ", SYMBOLS.keySet()) + ", or an ISO code before the figure such as JPY 150K)");
          return null;
        }
        if (currency != null && !c.equals(currency)) {
          problem(line, column + " \"" + cell + "\" has two currencies");
          return null;
        }
        currency = c;
      }
      BigDecimal v = new BigDecimal(m.group("num").replace(",", "") + (m.group("frac") == null ? "" : "." + m.group("frac")));
      String mult = m.group("mult");
      if (mult != null) {
        v = v.multiply(mult.equalsIgnoreCase("k") ? BigDecimal.valueOf(1000) : BigDecimal.valueOf(1_000_000));
      }
      values[k] = v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }
    if (currency == null) {
      currency = expected;
    }
    if (currency == null) {
      problem(line, column + " \"" + cell + "\" gives no currency (write a symbol such as $ or £, or an ISO code)");
      return null;
    }
    if (values[0].compareTo(values[1]) > 0) {
      problem(line, column + " \"" + cell + "\" runs from a higher figure to a lower one");
      return null;
    }
    return new Money(currency, new Range(values[0], values[1]));
  }

  private static Currency currency(String prefix) {
    String code = SYMBOLS.get(prefix);
    if (code == null && prefix.matches("[A-Z]{3}")) {
      code = prefix;
    }
    try {
      return code == null ? null : Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Range percent(int line, String cell) {
    String s = cell.replace("%", "").strip();
    Matcher r = RANGE.matcher(s);
    String[] ends = r.matches() ? new String[] {r.group(1), r.group(2)} : new String[] {s, s};
    try {
      BigDecimal min = new BigDecimal(ends[0].strip());
      BigDecimal max = new BigDecimal(ends[1].strip());
      if (min.compareTo(max) > 0) {
        problem(line, "bonus \"" + cell + "\" runs from a higher figure to a lower one");
        return null;
      }
      return new Range(min, max);
    } catch (NumberFormatException e) {
      problem(line, "bonus \"" + cell + "\" is not a percentage or a range of them (such as 10–15%)");
      return null;
    }
  }

  // ---- the other sections ----

  private LevelMapping levels(String company) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = LEVEL_MAPPING.matcher(lines.get(i).strip());
      if (!m.matches()) {
        continue;
      }
      List<CompanyLevel> levels = new ArrayList<>();
      for (String part : m.group(1).split("=")) {
        String p = part.replaceAll("\\([^)]*\\)", "").strip();
        int cut = p.lastIndexOf(' ');
        if (cut <= 0) {
          problem(i + 1, "level mapping part \"" + part.strip() + "\" is not a company and a level (such as Google L3)");
          continue;
        }
        levels.add(new CompanyLevel(p.substring(0, cut).strip(), p.substring(cut + 1).strip()));
      }
      String own = levels.stream().filter(l -> l.company().equalsIgnoreCase(company)).map(CompanyLevel::level)
          .findFirst().orElse(null);
      if (own == null && !levels.isEmpty()) {
        problem(i + 1, "the level mapping does not name " + company + ", so the band's level is unknown");
      }
      if (levels.size() < 2) {
        problem(i + 1, "the level mapping needs at least two companies");
      }
      return new LevelMapping(i + 1, own, levels);
    }
    problem(lines.size(), "missing section: the level mapping (a line starting **Level Mapping:**)");
    return null;
  }

  private Guide.Lever companyLever() {
    boolean title = true;
    for (int i = 0; i < lines.size(); i++) {
      Matcher h = HEADING.matcher(lines.get(i).strip());
      if (!h.matches()) {
        continue;
      }
      if (title) {
        title = false;
        continue;
      }
      String text = h.group(2).replaceAll("^[^\\p{L}\\p{N}]+", "").strip();
      if (!text.toLowerCase(Locale.ROOT).endsWith("lever")) {
        continue;
      }
      for (int j = i + 1; j < lines.size(); j++) {
        String para = lines.get(j).strip();
        if (para.isEmpty()) {
          continue;
        }
        if (para.startsWith("#") || para.startsWith("**")) {
          break;
        }
        return new Guide.Lever(j + 1, text, SENTENCE_END.split(para, 2)[0].strip(), text, true);
      }
      problem(i + 1, "the company lever section \"" + text + "\" has no text");
      return null;
    }
    problem(lines.size(), "missing section: the company lever (a ### heading ending in Lever, then its text)");
    return null;
  }

  private List<Guide.Lever> globalLevers() {
    List<Guide.Lever> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (GLOBAL_LEVERS.matcher(lines.get(i).strip()).matches()) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      problem(lines.size(), "missing section: the global levers (a line **Global Levers**, then numbered levers)");
      return out;
    }
    for (int i = start + 1; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (s.isEmpty() && out.isEmpty()) {
        continue;
      }
      Matcher m = GLOBAL_LEVER.matcher(s);
      if (!m.matches()) {
        break;
      }
      String words = m.group(3).strip();
      if (!(words.startsWith("\"") || words.startsWith("“"))) {
        problem(i + 1, "global lever " + m.group(1) + " \"" + m.group(2) + "\" has no quoted talking point");
        continue;
      }
      out.add(new Guide.Lever(i + 1, m.group(2).strip(), words, "Global Levers " + m.group(1), false));
    }
    if (out.isEmpty()) {
      problem(start + 1, "the global levers section lists no levers (1. **Title:** \"words\")");
    }
    return out;
  }

  private Strategy strategy() {
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = STRATEGY.matcher(lines.get(i).strip());
      if (m.matches()) {
        return new Strategy(i + 1, m.group(1).strip());
      }
    }
    problem(lines.size(), "missing section: the negotiate-up strategy (a line **Negotiate Up Strategy:** \"...\")");
    return null;
  }

  private List<Source> sources() {
    List<Source> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher h = HEADING.matcher(lines.get(i).strip());
      if (!h.matches() || !h.group(2).toLowerCase(Locale.ROOT).contains("sources")) {
        continue;
      }
      for (int j = i + 1; j < lines.size(); j++) {
        String s = lines.get(j).strip();
        if (s.startsWith("- ") || s.startsWith("* ")) {
          out.add(new Source(j + 1, s.substring(2).strip()));
        } else if (!s.isEmpty() || !out.isEmpty()) {
          break;
        }
      }
      if (out.isEmpty()) {
        problem(i + 1, "the sources section lists no sources (- Title, Month YYYY)");
      }
      return out;
    }
    problem(lines.size(), "missing section: the sources (a heading such as #### Evidence & Sources, then - items)");
    return out;
  }

  private YearMonth asOf(List<Source> sources) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = AS_OF.matcher(lines.get(i).strip());
      if (m.matches()) {
        YearMonth d = monthYear(m.group(1));
        if (d == null) {
          problem(i + 1, "as-of \"" + m.group(1) + "\" is not a month and year (such as February 2026)");
        }
        return d;
      }
    }
    YearMonth latest = null;
    for (Source s : sources) {
      YearMonth d = monthYear(s.text());
      if (d != null && (latest == null || d.isAfter(latest))) {
        latest = d;
      }
    }
    if (latest == null && !sources.isEmpty()) {
      problem(sources.get(0).line(), "no source gives a date (Month YYYY) and the guide has no **As of:** line,"
          + " so its as-of date is unknown");
    }
    return latest;
  }

  private static YearMonth monthYear(String text) {
    Matcher m = MONTH_YEAR.matcher(text);
    YearMonth last = null;
    while (m.find()) {
      last = YearMonth.of(Integer.parseInt(m.group(2)), Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
    }
    return last;
  }

  private void problem(int line, String message) {
    problems.add(new GuideProblem(file, Math.max(line, 1), message));
  }
}
