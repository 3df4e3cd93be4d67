package dev.offereval.engine;

import dev.offereval.engine.internal.Templates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Message;
import dev.offereval.model.internal.Lever;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.internal.ReferenceData;
import dev.offereval.model.internal.MoneyFormat;
import dev.offereval.model.internal.ScriptTemplate;
import dev.offereval.model.internal.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every shipped script (data/scripts.yaml) and talking point (data/levers.yaml), filled through
 * {@link Templates} with every combination of the values the shipped rules give its placeholders
 * (or, above 20,000 combinations, a seeded sample of them with its corners),
 * must read as a sentence a candidate can say: no unfilled placeholder, no doubled space, no
 * doubled article or word, no space before punctuation, and no amount written as
 * {@code 252500.00 USD}. The same checks run on the words the real rules produce for a grid of
 * offers (scripts, talking points, reasons and messages).
 *
 * <p>A placeholder with no values below fails the test: add the values the rules can give it.
 */
class ShippedWordsTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 23);

  private static final Pattern RATE = Pattern.compile("\\b1 [A-Z]{3} = [\\d.]+ [A-Z]{3}\\b");

  /** Problems in text a candidate reads out or a user reads; empty when there are none. */
  static List<String> problems(String text) {
    List<String> out = new ArrayList<>();
    find(out, text, "\\{[A-Za-z][A-Za-z0-9]*}", "unfilled placeholder");
    find(out, text, "\\[\\[|]]", "unresolved optional section");
    find(out, text, " {2,}", "doubled space");
    find(out, text, "(?i)\\b(a|an|the)\\s+(a|an|the)\\b", "doubled article");
    find(out, text, "(?i)\\b(?!(?:a|an|the)\\b)(\\p{L}+)\\s+\\1\\b", "doubled word");
    find(out, text, "\\s[,.;:!?]", "space before punctuation");
    // an exchange rate (1 USD = 0.8 GBP) names its currencies by code, and is not an amount
    String withoutRates = RATE.matcher(text).replaceAll("(rate)");
    find(out, withoutRates, "\\d[\\d,]*(\\.\\d+)?\\s*(USD|GBP|EUR)\\b|\\b(USD|GBP|EUR)\\s*\\d", "raw currency amount");
    if (!text.equals(text.strip())) {
      out.add("leading or trailing space in \"" + text + "\"");
    }
    // a lever's title is a label for the report, never experience the candidate claims
    for (String title : LEVER_TITLES) {
      if (text.contains(title)) {
        out.add("lever title '" + title + "' used in a sentence in \"" + text + "\"");
      }
    }
    return out;
  }

  /** The shipped levers' titles ("CDP Pipeline Expertise", ...), as written in data/levers.yaml. */
  private static final List<String> LEVER_TITLES =
      Offers.shipped().data().levers().stream().map(Lever::title).toList();

  private static final Map<String, Pattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

  private static void find(List<String> out, String text, String regex, String what) {
    Matcher m = COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(text);
    if (m.find()) {
      out.add(what + " '" + m.group() + "' in \"" + text + "\"");
    }
  }

  @Test
  void theCheckCatchesEachKindOfProblemAndPassesAGoodSentence() {
    assertEquals(List.of(), problems("My offer is $195K base with £144K RSUs, at $272.5K total comp."));
    assertEquals(1, problems("the base at {counterBase}.").size());
    assertEquals(1, problems("the base at [[$1K]].").size());
    assertEquals(1, problems("the base  at $1K.").size());
    assertEquals(1, problems("I bring a an edge.").size());
    assertEquals(1, problems("I bring the the edge.").size());
    assertEquals(1, problems("worth $1K , today").size());
    assertEquals(1, problems("worth 252500.00 USD a year").size());
    assertEquals(1, problems("worth GBP 95000 a year").size());
    assertEquals(1, problems(" leading").size());
    assertEquals(1, problems("I bring experience in CDP Pipeline Expertise and Kafka.").size());
    // near miss: the expertise area's plain words are not the lever's title
    assertEquals(List.of(), problems("I bring experience with customer data platforms and real-time streaming."));
    assertEquals(List.of(), problems("converted at 1 USD = 0.8 GBP as of 2026-02-01"));
    assertEquals(1, problems("converted at 1 USD = 0.8 GBP, that is 800 GBP").size());
  }

  // ---- every template, every combination of placeholder values ----

  /**
   * The values the shipped rules give each placeholder, by name: money in the evaluation currency
   * ({@code cur}), a competing offer's money in either currency (it is quoted as offered), and
   * null for a placeholder the rules may leave out (only inside an optional section).
   */
  private static Map<String, Function<String, List<Object>>> domains(ReferenceData data) {
    Map<String, Function<String, List<Object>>> d = new LinkedHashMap<>();
    for (String name : List.of("counterBase", "counterStock", "competingTotalComp")) {
      d.put(name, cur -> List.of(money("187500", cur), money("1600000", cur)));
    }
    // script.drl: totals are said approximately ("about $202K") when the exact figure is not short
    for (String name : List.of("counterTotalComp", "counterFirstYearTotalComp")) {
      d.put(name, cur -> List.of(MoneyFormat.approximately(money("187500", cur)),
          MoneyFormat.approximately(money("201725", cur)), MoneyFormat.approximately(money("1600000", cur))));
    }
    d.put("skills", cur -> List.of("Kafka", "Apache Flink and Kafka",
        "customer data platforms, feature stores, Apache Flink and Kafka"));
    d.put("counterSignOn", cur -> java.util.Arrays.asList(null, money("11049.99", cur)));
    // script.drl: what the counter keeps as offered, named so the figures said add up to the total
    d.put("kept", cur -> java.util.Arrays.asList(null, "the 10% bonus target", "the $20K sign-on",
        "the 12.5% bonus target and the £20K sign-on"));
    // script.drl: a first year below the counter's average year (a back-loaded grant, a long cliff)
    d.put("firstYearAsk", cur -> java.util.Arrays.asList(null,
        "Because the grant vests only 5% in year one, my first year would come in about $40.5K below an average"
            + " year, so I'd also ask for a sign-on bonus to even that out.",
        "Because nothing vests before the grant's 18-month cliff, my first year would come in £12K below an average"
            + " year, so I'd also ask for a larger sign-on bonus to even that out."));
    d.put("competingBase", cur -> List.of(money("187500", "USD"), money("1600000", "GBP")));
    d.put("competingStock", cur -> List.of(money("0", "USD"), money("11049.99", "USD"), money("230000", "GBP")));
    d.put("company", cur -> List.of("Twilio", "Example Corp"));
    d.put("role", cur -> List.of("Data Engineer"));
    d.put("competingCompany", cur -> List.of("Snowflake", "Google"));
    d.put("counterVestYears", cur -> List.of(1, 4, 10));
    d.put("counterVestYearsInWords", cur -> List.of(Words.cardinal(1), Words.cardinal(4), Words.cardinal(10)));
    d.put("counterBonusPct", cur -> List.of(new BigDecimal("10"), new BigDecimal("12.5")));
    // script.drl: the titles of the expertise areas the skills show, in a sentence; none, one or all
    List<String> titles = data.expertiseAreas().stream().map(dev.offereval.model.internal.ExpertiseArea::title).toList();
    List<Object> areas = new ArrayList<>(java.util.Arrays.asList((Object) null));
    areas.add(Words.list(Words.inSentence(new TreeSet<>(titles.subList(0, 1)))));
    areas.add(Words.list(Words.inSentence(new TreeSet<>(titles))));
    d.put("expertiseAreas", cur -> areas);
    d.put("expertiseEvidence", cur -> List.of("cdp", "cdp, kafka, feature-store"));
    // script.drl: a bonus ask only when it differs from the offer's; a competing grant's vesting only
    // when it is not even over four years; a refresh question only for a grant under four years
    d.put("counterBonusAsk", cur -> java.util.Arrays.asList(null, "a 15% bonus target", "a 12.5% bonus target"));
    d.put("competingVesting", cur -> java.util.Arrays.asList(null, "5/15/40/40 over four years", "evenly over three years",
        "evenly over four years with an 18-month cliff"));
    d.put("signOnAsk", cur -> java.util.Arrays.asList(null,
        "Could you also confirm whether I'd have to pay back any of the $25K sign-on if I left within the first year or two?"));
    d.put("refreshAsk", cur -> java.util.Arrays.asList(null,
        "Could you also tell me whether refresh grants follow the initial grant, which vests over three years?",
        "Could you also tell me whether refresh grants follow the initial grant, which vests over one year?"));
    d.put("levelUpCompany", cur -> List.of("Snowflake", "Google"));
    d.put("levelUpLevel", cur -> List.of("IC3", "L4"));
    d.put("askLevel", cur -> List.of("your L3", "a more senior level"));
    d.put("competingConverted", cur -> java.util.Arrays.asList(null, "about $187.5K and $225K", "about £120K"));
    d.put("competingBonus", cur -> java.util.Arrays.asList(null, "a 15% bonus target"));
    d.put("levelsAbove", cur -> List.of("one level above", "two levels above"));
    // the more senior offer as offered, in either currency; its stock may be zero (left out)
    d.put("levelUpPackage", cur -> List.of("$200K base", "£150K base and a 15% bonus target",
        "$200K base, $280K in stock and a 15% bonus target"));
    // script.drl: the capped base, when the band's cap holds the ask below the competing base
    d.put("cappedBase", cur -> java.util.Arrays.asList(null, money("200000", cur)));
    d.put("anchorCompany", cur -> java.util.Arrays.asList(null, "Meta"));
    // rounds.drl (engine/internal/RoundScriptValues): what a revision raised and left, the previous
    // ask, a trade's cover, an acceptance's last ask, the competing offer a hold or decision cites
    d.put("roundThanks", cur -> java.util.Arrays.asList(null, "the base to " + MoneyFormat.spoken(money("185000", cur)),
        "the base to " + MoneyFormat.spoken(money("185000", cur)) + ", the stock grant to "
            + MoneyFormat.spoken(money("210000", cur)) + " and the bonus target to 11%"));
    d.put("roundStill", cur -> java.util.Arrays.asList(null, "the stock grant at " + MoneyFormat.spoken(money("160000", cur))
        + " against the " + MoneyFormat.spoken(money("230000", cur)) + " I asked"));
    d.put("roundAsked", cur -> List.of("the base at " + MoneyFormat.spoken(money("195000", cur)),
        "the base at " + MoneyFormat.spoken(money("195000", cur)) + " and the sign-on at "
            + MoneyFormat.spoken(money("114000", cur))));
    d.put("roundCover", cur -> List.of("a sign-on of " + MoneyFormat.spoken(money("114000", cur)),
        "a stock grant of " + MoneyFormat.spoken(money("256500", cur))));
    d.put("roundNonCash", cur -> List.of("a compensation review at the end of my first year"));
    d.put("roundCompeting", cur -> java.util.Arrays.asList(null, "an offer from Snowflake of $195K base with $230K in stock",
        "an offer from Google of £150K base"));
    return d;
  }

  private static Money money(String amount, String currency) {
    return Money.of(amount, currency);
  }

  @Test
  void everyShippedScriptAndTalkingPointReadsCleanlyWithEveryCombinationOfValues() {
    ReferenceData data = Offers.shipped().data();
    Map<String, String> templates = new LinkedHashMap<>();
    for (ScriptTemplate s : data.scripts()) {
      templates.put("script " + s.id(), s.text());
    }
    for (Lever l : data.levers()) {
      templates.put("talking point " + l.id(), l.talkingPoint());
    }
    Map<String, Function<String, List<Object>>> domains = domains(data);
    Set<String> problems = new TreeSet<>();
    int filled = 0;
    for (Map.Entry<String, String> t : templates.entrySet()) {
      List<String> names = new ArrayList<>(Templates.placeholders(t.getValue()));
      for (String name : names) {
        assertTrue(domains.containsKey(name), t.getKey() + " uses {" + name + "}, which this test gives no values:"
            + " add the values the rules can give it to domains()");
      }
      for (String currency : List.of("USD", "GBP")) {
        List<List<Object>> choices = names.stream().map(n -> domains.get(n).apply(currency)).toList();
        for (long index : combinations(choices, t.getKey() + currency)) {
          Map<String, Object> values = new LinkedHashMap<>();
          long rest = index;
          for (int i = 0; i < names.size(); i++) {
            List<Object> options = choices.get(i);
            Object value = options.get((int) (rest % options.size()));
            rest /= options.size();
            if (value != null) {
              values.put(names.get(i), value);
            }
          }
          String text = Templates.fill(t.getValue(), values);
          filled++;
          for (String p : problems(text)) {
            problems.add(t.getKey() + " with " + values + ": " + p);
          }
        }
      }
    }
    assertTrue(filled >= templates.size() * 2, "every template was filled");
    assertTrue(problems.isEmpty(), problems.size() + " problems, first: " + problems.stream().limit(5).toList());
  }

  /** Above this many combinations a template is checked on a seeded sample of them, plus its corners. */
  private static final int MAX_COMBINATIONS = 20_000;

  /**
   * The combinations to fill, each a mixed-radix index into {@code choices} (digit i picks option i):
   * every one when there are at most {@link #MAX_COMBINATIONS}; otherwise the first and the last
   * (every placeholder at its first value, every one at its last) and a sample drawn with a seed
   * from the template's name, so a failure repeats. Every value of every placeholder appears in the
   * sample many times over; what is sampled is which values meet.
   */
  private static long[] combinations(List<List<Object>> choices, String seed) {
    long total = 1;
    for (List<Object> options : choices) {
      total *= options.size();
    }
    if (total <= MAX_COMBINATIONS) {
      return java.util.stream.LongStream.range(0, total).toArray();
    }
    java.util.Random random = new java.util.Random(seed.hashCode());
    long[] picked = new long[MAX_COMBINATIONS];
    picked[0] = 0;
    picked[1] = total - 1;
    for (int i = 2; i < picked.length; i++) {
      picked[i] = Math.floorMod(random.nextLong(), total);
    }
    return picked;
  }

  // ---- what the real rules say for a grid of offers ----

  private record Place(String company, String level, String region, String currency, String low, String high) {}

  @Test
  void whatTheShippedRulesSayForAGridOfOffersReadsCleanly() {
    List<Place> places = List.of(
        new Place("Twilio", "L2", "san-francisco", "USD", "150000", "200000"),
        new Place("Twilio", "L2", "denver", "USD", "135000", "185000"),
        new Place("Twilio", "L2", "london", "GBP", "95000", "135000"),
        new Place("Example Corp", "E4", "remote", "USD", "150000", "200000"));
    List<String> tags = List.of("segment", "kafka", "feature-store");
    Set<String> problems = new TreeSet<>();
    Set<String> scriptsSeen = new LinkedHashSet<>();
    Set<String> leversSeen = new LinkedHashSet<>();
    int n = 0;
    for (Place p : places) {
      for (int mask = 0; mask < 1 << tags.size(); mask++) {
        java.util.SortedSet<String> skills = new TreeSet<>();
        for (int i = 0; i < tags.size(); i++) {
          if ((mask & 1 << i) != 0) {
            skills.add(tags.get(i));
          }
        }
        for (List<CompetingOffer> competing : competingOffers(p)) {
          for (String base : List.of(p.low(), p.high())) {
            for (String signOn : List.of(base.equals(p.low()) ? "0" : "10000")) {
              Offer offer = new Offer("grid-" + n++, p.company(), "Data Engineer", p.level(), p.region(),
                  Money.of(base, p.currency()), Money.of("120000", p.currency()), 4, new BigDecimal("10"),
                  Money.of(signOn, p.currency()), skills, competing);
              Evaluation e = Offers.shipped().evaluate(offer, ON, Explain.NONE);
              List<String> texts = new ArrayList<>(e.messages().stream().map(Message::toString).toList());
              if (e.script().isPresent()) {
                texts.add(e.script().get());
                scriptsSeen.add(e.scriptTemplateId());
              }
              for (AppliedLever l : e.levers()) {
                texts.add(l.talkingPoint());
                texts.add(l.reason());
                leversSeen.add(l.id());
              }
              if (e.counter().isPresent()) {
                texts.addAll(e.counter().get().reasons().values());
              }
              for (String text : texts) {
                for (String problem : problems(text)) {
                  problems.add(offer.offerId() + " (" + p.region() + ", skills " + skills + ", " + competing.size()
                      + " competing): " + problem);
                }
              }
            }
          }
        }
      }
    }
    ReferenceData data = Offers.shipped().data();
    // a later round's scripts answer a revision: whatTheRulesForLaterRoundsSayReadsCleanly reaches them
    assertEquals(data.scripts().stream().filter(t -> !t.ofLaterRound()).map(ScriptTemplate::id)
        .collect(java.util.stream.Collectors.toSet()), scriptsSeen, "the grid reaches every shipped script");
    assertEquals(data.levers().stream().map(Lever::id).collect(java.util.stream.Collectors.toSet()), leversSeen,
        "the grid reaches every shipped lever");
    assertTrue(problems.isEmpty(), problems.size() + " problems, first: " + problems.stream().limit(5).toList());
  }

  /**
   * A later round in each currency, with and without a competing offer, for each decision: the
   * round's script, reason and the reasons of what it asks for read cleanly, and every round-*
   * script is reached.
   */
  @Test
  void whatTheRulesForLaterRoundsSayReadsCleanly() {
    Set<String> problems = new TreeSet<>();
    Set<String> scriptsSeen = new LinkedHashSet<>();
    for (String cur : List.of("USD", "GBP")) {
      String region = cur.equals("GBP") ? "london" : "san-francisco";
      for (List<CompetingOffer> competing : List.of(List.<CompetingOffer>of(), List.of(new CompetingOffer("Snowflake",
          "IC2", Money.of("140000", cur), Money.of("230000", cur), 4, null)))) {
        Offer first = new Offer("r1", "Twilio", "Data Engineer", "L2", region, Money.of("110000", cur),
            Money.of("160000", cur), 4, new BigDecimal("10"), null, new TreeSet<>(), competing);
        dev.offereval.model.PreviousRound.Asked ask = new dev.offereval.model.PreviousRound.Asked(
            Money.of("130000", cur), Money.of("230000", cur), new BigDecimal("10"), Money.of("20000", cur));
        // accept (most of the way), trade (base moved, the rest did not), hold and decide (nothing moved)
        List<Offer> revisions = List.of(revised(first, "128000", "225000", "20000"),
            revised(first, "125000", "160000", "0"), first, first);
        List<String> before = List.of("counter", "counter", "counter", "hold");
        for (int i = 0; i < revisions.size(); i++) {
          Evaluation e = Offers.shipped().evaluateRound(revisions.get(i),
              new dev.offereval.model.PreviousRound(1, first, ask, before.get(i)), ON, Explain.NONE,
              dev.offereval.engine.Plausibility.WARN);
          List<String> texts = new ArrayList<>();
          e.script().ifPresent(texts::add);
          texts.add(e.decisionReason());
          e.counter().ifPresent(c -> texts.addAll(c.reasons().values()));
          scriptsSeen.add(e.scriptTemplateId());
          for (String text : texts) {
            for (String problem : problems(text)) {
              problems.add(cur + " " + competing.size() + " competing, " + e.decision() + ": " + problem);
            }
          }
        }
      }
    }
    assertEquals(Set.of("round-accept", "round-trade", "round-hold", "round-decide"), scriptsSeen);
    assertTrue(problems.isEmpty(), problems.size() + " problems, first: " + problems.stream().limit(5).toList());
  }

  /** {@code o} as the recruiter revised it: a new base, grant and sign-on in its currency. */
  private static Offer revised(Offer o, String base, String stock, String signOn) {
    return new Offer(o.offerId(), o.company(), o.role(), o.level(), o.region(), Money.of(base, o.currency()),
        Money.of(stock, o.currency()), o.vestYears(), o.bonusPct(), Money.of(signOn, o.currency()), o.skills(),
        o.competing());
  }

  /**
   * No competing offer; a data-platform peer above; an equivalent non-peer above; an unmapped
   * level; one level up; dollars.
   */
  private static List<List<CompetingOffer>> competingOffers(Place p) {
    Money base = Money.of(p.currency().equals("GBP") ? "140000" : "210000", p.currency());
    Money stock = Money.of(p.currency().equals("GBP") ? "200000" : "300000", p.currency());
    return List.of(
        List.of(),
        List.of(new CompetingOffer("Snowflake", "IC2", base, stock, 4, null)),
        List.of(new CompetingOffer("Google", "L3", base, stock, 4, new BigDecimal("15"))),
        List.of(new CompetingOffer("Snowflake", "IC4", base, stock, 4, null)),
        List.of(new CompetingOffer("Snowflake", "IC3", base, stock, 4, null)),
        List.of(new CompetingOffer("Databricks", "IC2", Money.of("230000", "USD"), Money.of("280000", "USD"), 4, null)));
  }
}
