package dev.offereval.engine.internal;

import dev.offereval.model.CompetingFigures;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Component;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.internal.Competing;
import dev.offereval.model.internal.ComponentRevision;
import dev.offereval.model.internal.Phrases;
import dev.offereval.model.internal.RoundAdvice;
import dev.offereval.model.internal.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the placeholders of a later round's script ({@code data/scripts.yaml}, bases {@code
 * round-*}) once the rules have fired: what the revision raised and what it left where it was
 * though more was asked ({@code roundStill}), what the previous
 * round asked, the amount a trade asks for, the competing offer a hold or a decision cites, in the
 * words of {@code data/phrases.yaml} ({@code round-*}). It decides nothing: which decision, which
 * component covers the rest and which competing offer is cited are the rules' ({@link
 * RoundAdvice}). Amounts are the offer's own, spoken as {@link Templates} speaks money.
 */
public final class RoundScriptValues {
  /** Every placeholder a later round's script may use beside {@code company} and {@code role}. */
  public static final Set<String> FILLS = Set.of("roundThanks", "roundStill", "roundAsked", "roundCover",
      "roundNonCash", "roundCompeting");

  private static final List<Component> ORDER = List.of(Component.BASE, Component.STOCK, Component.BONUS,
      Component.SIGN_ON);

  private final Phrases phrases;

  private RoundScriptValues(Phrases phrases) {
    this.phrases = phrases;
  }

  /**
   * The placeholder values for {@code advice}'s script.
   *
   * @param advice what the rules decided for the round
   * @param facts the facts the rules derived about the offer
   * @param phrases the words scripts are built from
   * @return the values by placeholder name; those with nothing to say are absent
   */
  public static Map<String, Object> of(RoundAdvice advice, ScriptValues.Facts facts, Phrases phrases) {
    return new RoundScriptValues(phrases).render(advice, facts);
  }

  private Map<String, Object> render(RoundAdvice advice, ScriptValues.Facts facts) {
    Offer o = advice.subject().offer();
    Map<String, Object> values = new HashMap<>();
    values.put("company", o.company());
    values.put("role", o.role());
    List<ComponentRevision> revisions = new ArrayList<>(facts.of(ComponentRevision.class));
    revisions.sort(Comparator.comparingInt(r -> ORDER.indexOf(r.component())));
    List<String> thanks = new ArrayList<>();
    List<String> still = new ArrayList<>();
    List<String> asked = new ArrayList<>();
    for (ComponentRevision r : revisions) {
      String name = phrases.text("round-name-" + r.component().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      if (r.rose()) {
        thanks.add(phrase("round-moved", Map.of("name", name, "amount", figure(o, r.component(), r.after()))));
      }
      if (r.askedMore()) {
        asked.add(phrase("round-asked", Map.of("name", name, "amount", figure(o, r.component(), r.asked()))));
        if (!r.rose()) {
          still.add(phrase("round-still", Map.of("name", name, "amount", figure(o, r.component(), r.after()),
              "asked", figure(o, r.component(), r.asked()))));
        }
      }
    }
    put(values, "roundThanks", thanks);
    put(values, "roundStill", still);
    put(values, "roundAsked", asked);
    if (advice.cover() != null && advice.ask() != null) {
      Money total = advice.cover() == Component.STOCK ? advice.ask().stockGrant() : advice.ask().signOn();
      values.put("roundCover", phrase(advice.cover() == Component.STOCK ? "round-cover-stock" : "round-cover-sign-on",
          Map.of("amount", total)));
    }
    if (advice.kind() == RoundAdvice.Kind.ACCEPT) {
      values.put("roundNonCash", phrases.text("round-non-cash-ask"));
    }
    for (Competing c : facts.of(Competing.class)) {
      if (c.figures().index() == advice.competingIndex()) {
        values.put("roundCompeting", competing(c.figures()));
      }
    }
    return values;
  }

  /** A competing offer as it was offered, in its own currency. */
  private String competing(CompetingFigures cf) {
    CompetingOffer offered = cf.offer();
    Map<String, Object> v = new HashMap<>();
    v.put("company", cf.company());
    v.put("base", offered.base());
    if (offered.stockGrant().isPositive()) {
      v.put("stock", offered.stockGrant());
    }
    return phrase("round-competing", v);
  }

  /** A component's figure as said: an amount in the offer's currency, or a bonus target's percentage. */
  private static Object figure(Offer o, Component c, BigDecimal value) {
    return c == Component.BONUS ? value.stripTrailingZeros().toPlainString() + "%" : new Money(value, o.currency());
  }

  private static void put(Map<String, Object> values, String name, List<String> parts) {
    if (!parts.isEmpty()) {
      values.put(name, Words.list(parts));
    }
  }

  private String phrase(String key, Map<String, ?> v) {
    return Templates.fill(phrases.text(key), v);
  }
}
