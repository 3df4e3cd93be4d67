package dev.offereval;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Test fixtures: the evaluator over the real {@code rules/} and {@code data/} folders, compiled
 * once, and a builder for offers. Figures that are not the seed's are synthetic.
 */
public final class Offers {
  private static OfferEvaluator shipped;

  private Offers() {}

  /** The shipped rules and data, read from the project folders (not the bundled copies). */
  public static synchronized OfferEvaluator shipped() {
    if (shipped == null) {
      try {
        shipped = OfferEvaluator.fromDirectories(Path.of("rules"), Path.of("data"));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return shipped;
  }

  public static Builder twilioSf() {
    return new Builder().company("Twilio").role("Data Engineer").level("L2").region("san-francisco").currency("USD");
  }

  /** The seed's worked example: below the Snowflake IC2 offer of $195K base + $230K RSUs / 4 yr. */
  public static Offer seedExample() {
    return twilioSf().id("seed").base("170000").stock("160000").bonus("10")
        .skills("cdp", "kafka", "flink", "feature-store")
        .competing("Snowflake", "IC2", "195000", "230000", "USD")
        .build();
  }

  public static final class Builder {
    private String id = "t1";
    private String company;
    private String role;
    private String level;
    private String region;
    private String currency = "USD";
    private String base = "170000";
    private String stock = "160000";
    private int vest = 4;
    private String bonus = "10";
    private String signOn = "0";
    private final TreeSet<String> skills = new TreeSet<>();
    private final List<CompetingOffer> competing = new ArrayList<>();

    public Builder id(String v) { id = v; return this; }
    public Builder company(String v) { company = v; return this; }
    public Builder role(String v) { role = v; return this; }
    public Builder level(String v) { level = v; return this; }
    public Builder region(String v) { region = v; return this; }
    public Builder currency(String v) { currency = v; return this; }
    public Builder base(String v) { base = v; return this; }
    public Builder stock(String v) { stock = v; return this; }
    public Builder vest(int v) { vest = v; return this; }
    public Builder bonus(String v) { bonus = v; return this; }
    public Builder signOn(String v) { signOn = v; return this; }
    public Builder skills(String... v) { skills.addAll(List.of(v)); return this; }

    public Builder competing(String company, String level, String base, String stock, String currency) {
      return competing(company, level, base, stock, 4, null, currency);
    }

    public Builder competing(String company, String level, String base, String stock, int vest, String bonus, String currency) {
      competing.add(new CompetingOffer(company, level, Money.of(base, currency), Money.of(stock, currency), vest,
          bonus == null ? null : new BigDecimal(bonus)));
      return this;
    }

    public Offer build() {
      return new Offer(id, company, role, level, region, Money.of(base, currency), Money.of(stock, currency), vest,
          new BigDecimal(bonus), Money.of(signOn, currency), skills, competing);
    }
  }
}
