package dev.offereval.io;

import dev.offereval.model.Offer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recruiter's revised offer, as the next round of a negotiation gives it: only the fields that
 * moved, as text. Every other field, the skills and the competing offers are kept from the previous
 * round's offer. {@code negotiation round} builds one from its flags and {@code POST
 * /api/negotiations/{id}/rounds} from its body, so both revise an offer the same way.
 *
 * @param base the revised annual base salary, or null to keep it
 * @param stockGrant the revised stock grant, over the offer's vest years, or null
 * @param bonusPct the revised bonus target in percent, or null
 * @param bonus the revised bonus target as an amount a year, kept as a percentage of the (revised)
 *     base to four decimals; or null
 * @param signOn the revised sign-on bonus, or null
 * @param vestSchedule the revised vesting, as {@code --vest-schedule} writes it, or null
 */
public record RoundRevision(String base, String stockGrant, String bonusPct, String bonus, String signOn,
    String vestSchedule) {
  /** The fields a revision gives, by the CSV's column names; {@code bonus} is the one that is not a column. */
  public static final List<String> FIELDS = List.of("base", "stock_grant", "bonus_pct", "bonus", "sign_on",
      "vest_schedule");

  /**
   * Why the revision cannot be applied whatever the previous offer: both bonus fields given.
   *
   * @param naming how the messages name the fields (the CSV's columns, or the command's flags)
   * @return the reason, or null when there is none
   */
  public String conflict(OfferCsvReader.Naming naming) {
    return bonus != null && bonusPct != null
        ? naming.of("bonus") + " and " + naming.of("bonus_pct") + " both give the bonus: give one" : null;
  }

  /**
   * The revised offer: {@code previous} with these fields over it, checked as a CSV row is, keeping
   * {@code previous}'s competing offers.
   *
   * @param previous the previous round's offer
   * @param reader the reader of the data in use
   * @param naming how errors name the fields
   * @return the row, valid with the revised offer, or with the reasons it is not
   */
  public OfferRow apply(Offer previous, OfferCsvReader reader, OfferCsvReader.Naming naming) {
    String conflict = conflict(naming);
    if (conflict != null) {
      return new OfferRow(0, previous.offerId(), null, List.of(conflict), Map.of());
    }
    Map<String, String> v = new HashMap<>();
    v.put("offer_id", previous.offerId());
    v.put("company", previous.company());
    v.put("role", previous.role());
    v.put("level", previous.level());
    v.put("region", previous.region());
    v.put("currency", previous.currency().getCurrencyCode());
    v.put("base", base != null ? base : previous.base().amount().toPlainString());
    v.put("stock_grant", stockGrant != null ? stockGrant : previous.stockGrant().amount().toPlainString());
    v.put("vest_years", Integer.toString(previous.vestYears()));
    v.put("vest_schedule", vestSchedule != null ? vestSchedule : previous.vestSchedule().text());
    v.put("bonus_pct", bonusPct != null ? bonusPct : previous.bonusPct().toPlainString());
    v.put("sign_on", signOn != null ? signOn : previous.signOn().amount().toPlainString());
    if (!previous.skills().isEmpty()) {
      v.put("skills", String.join(";", previous.skills()));
    }
    if (bonus != null) {
      String problem = bonusAsPercent(v, naming);
      if (problem != null) {
        return new OfferRow(0, previous.offerId(), null, List.of(problem), Map.of());
      }
    }
    OfferRow row = reader.fromValues(0, v, naming);
    if (!row.valid()) {
      return row;
    }
    Offer offer = row.offer().toBuilder().competing(previous.competing()).build();
    return new OfferRow(0, offer.offerId(), offer, List.of(), Map.of());
  }

  /** Puts {@link #bonus} into {@code v} as a percentage of its base; the reason when it cannot. */
  private String bonusAsPercent(Map<String, String> v, OfferCsvReader.Naming naming) {
    BigDecimal amount;
    try {
      amount = Amounts.parse(bonus);
    } catch (IllegalArgumentException e) {
      return naming.of("bonus") + " " + e.getMessage();
    }
    BigDecimal b;
    try {
      b = Amounts.parse(v.get("base"));
    } catch (IllegalArgumentException e) {
      return null; // the base's own error is reported when the row is read
    }
    if (b.signum() == 0) {
      return naming.of("bonus") + " cannot be a percentage of a zero base";
    }
    v.put("bonus_pct", amount.multiply(BigDecimal.valueOf(100)).divide(b, 4, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString());
    return null;
  }
}
