package dev.offereval.model.internal;

import dev.offereval.model.CompetingFigures;
import dev.offereval.model.Band;

/**
 * Derived: advice to ask to be levelled up, from a competing offer one level above the
 * equivalent.
 *
 * @param competing the more senior competing offer
 * @param askLevel the offering company's next level, or null when data lists no ladder for it
 * @param band the band for that level in the offer's region, or null when data has none
 * @param advice the advice (data/messages.yaml), naming the band's range when data has it
 */
public record RelevelAdvice(Subject subject, CompetingFigures competing, String askLevel, Band band, Said advice) implements AboutOffer {
  /**
   * The advice for a competing offer {@code up} a level or more above the offer's: ask for
   * {@code askLevel} (null when the ladder has no level above), naming {@code band}'s range when
   * data has that level's band in the offer's region (null when not).
   */
  public static RelevelAdvice of(Subject subject, LevelUp up, String askLevel, Band band) {
    CompetingFigures cf = up.competing();
    dev.offereval.model.Offer o = subject.offer();
    java.util.Map<String, Object> values = new java.util.HashMap<>();
    values.put("company", cf.company());
    values.put("level", cf.offer().level());
    values.put("above", up.distance());
    values.put("equivalent", up.equivalentLevel());
    values.put("offerCompany", o.company());
    values.put("offerLevel", o.level());
    values.put("role", o.role());
    if (askLevel != null) {
      values.put("ask", askLevel);
    }
    if (band != null) {
      values.put("baseMin", band.base().min());
      values.put("baseMax", band.base().max());
      values.put("stockMin", band.stockGrant().min());
      values.put("stockMax", band.stockGrant().max());
      values.put("years", band.vestYears());
    }
    String code = askLevel == null ? "relevel-no-next-level" : band == null ? "relevel-no-band" : "relevel-with-band";
    return new RelevelAdvice(subject, cf, askLevel, band, Said.of(code, values));
  }
}
