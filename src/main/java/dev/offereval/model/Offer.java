package dev.offereval.model;

import dev.offereval.model.internal.Keys;
import dev.offereval.model.internal.Support;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A job offer to evaluate. All of its own amounts share one currency; competing offers may be in
 * others. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * Offer offer = Offer.builder()
 *     .offerId("seed-example").company("Twilio").role("Data Engineer").level("L2")
 *     .region("san-francisco")
 *     .base(Money.of(170_000, "USD")).stockGrant(Money.of(160_000, "USD")).bonusPct(10)
 *     .skills(List.of("cdp", "kafka"))
 *     .build();
 * }</pre>
 *
 * <p>The constructor validates every field and throws {@link InvalidInputException} naming the
 * field and the value; the null arguments it accepts are listed below.
 *
 * @param offerId an id for the offer, unique in a batch; required
 * @param company the company making the offer, such as {@code Twilio}; required
 * @param role the role, such as {@code Data Engineer}; required
 * @param level the company's level, such as {@code L2}; required
 * @param region the region id, such as {@code san-francisco}; required
 * @param base the annual base salary; required, not negative; its currency is the offer's
 * @param stockGrant the stock grant's value over {@code vestYears}; null is zero
 * @param vestYears the years the grant vests over, 1 to {@value #MAX_VEST_YEARS}
 * @param bonusPct the annual bonus target in percent of base, 0 to 1000; null is zero
 * @param signOn a one-time sign-on bonus; null is zero
 * @param skills skill tags, lower case; the rules infer expertise from them; null is none
 * @param competing competing offers the candidate holds, in order; null is none
 * @param vestSchedule how the stock grant vests over {@code vestYears}; null is even, no cliff
 */
public record Offer(
    String offerId,
    String company,
    String role,
    String level,
    String region,
    Money base,
    Money stockGrant,
    int vestYears,
    BigDecimal bonusPct,
    Money signOn,
    SortedSet<String> skills,
    List<CompetingOffer> competing,
    VestSchedule vestSchedule) {

  /** Highest bonus target accepted, in percent. */
  public static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1000);

  /** Longest vesting schedule accepted, in years. */
  public static final int MAX_VEST_YEARS = 10;

  /** Vesting years an offer built without {@link Builder#vestYears(int)} has. */
  public static final int DEFAULT_VEST_YEARS = 4;

  /**
   * Validates and normalises every field (see the class description).
   *
   * @param offerId an id for the offer, unique in a batch; required
   * @param company the company making the offer; required
   * @param role the role; required
   * @param level the company's level; required
   * @param region the region id or a name the data knows for it; required
   * @param base the annual base salary; required, not negative
   * @param stockGrant the stock grant's value over {@code vestYears}; null is zero
   * @param vestYears the years the grant vests over, 1 to {@value #MAX_VEST_YEARS}
   * @param bonusPct the annual bonus target in percent of base, 0 to 1000; null is zero
   * @param signOn a one-time sign-on bonus; null is zero
   * @param skills skill tags; null is none
   * @param competing competing offers the candidate holds, in order; null is none
   * @param vestSchedule how the stock grant vests over {@code vestYears}; null is even, no cliff
   * @throws InvalidInputException when a field is missing or out of range, naming field and value
   */
  public Offer {
    offerId = Keys.requireText(offerId, "offer_id");
    company = Keys.requireText(company, "company");
    role = Keys.requireText(role, "role");
    level = Keys.requireText(level, "level");
    region = Keys.requireText(region, "region");
    if (base == null) {
      throw new InvalidInputException("base", null, "base is required");
    }
    stockGrant = stockGrant == null ? Money.zero(base.currency()) : stockGrant;
    signOn = signOn == null ? Money.zero(base.currency()) : signOn;
    bonusPct = bonusPct == null ? BigDecimal.ZERO : bonusPct;
    requireNonNegative(base, "base");
    requireNonNegative(stockGrant, "stock_grant");
    requireNonNegative(signOn, "sign_on");
    if (!stockGrant.currency().equals(base.currency()) || !signOn.currency().equals(base.currency())) {
      throw new InvalidInputException("currency", stockGrant.currency() + ", " + signOn.currency(),
          "base, stock_grant and sign_on must share one currency");
    }
    requireVestYears(vestYears, "vest_years");
    requirePercent(bonusPct, "bonus_pct");
    skills = normaliseSkills(skills);
    competing = List.copyOf(competing == null ? List.of() : competing);
    vestSchedule = Support.vestSchedule(vestSchedule, vestYears, "vest_schedule");
  }

  /**
   * An offer whose grant vests evenly over {@code vestYears} with no cliff.
   *
   * @param offerId an id for the offer, unique in a batch; required
   * @param company the company making the offer; required
   * @param role the role; required
   * @param level the company's level; required
   * @param region the region id or a name the data knows for it; required
   * @param base the annual base salary; required, not negative
   * @param stockGrant the stock grant's value over {@code vestYears}; null is zero
   * @param vestYears the years the grant vests over, 1 to {@value #MAX_VEST_YEARS}
   * @param bonusPct the annual bonus target in percent of base, 0 to 1000; null is zero
   * @param signOn a one-time sign-on bonus; null is zero
   * @param skills skill tags; null is none
   * @param competing competing offers the candidate holds, in order; null is none
   * @throws InvalidInputException when a field is missing or out of range, naming field and value
   */
  public Offer(String offerId, String company, String role, String level, String region, Money base,
      Money stockGrant, int vestYears, BigDecimal bonusPct, Money signOn, SortedSet<String> skills,
      List<CompetingOffer> competing) {
    this(offerId, company, role, level, region, base, stockGrant, vestYears, bonusPct, signOn, skills,
        competing, null);
  }

  /**
   * A builder with no fields set, vesting over {@value #DEFAULT_VEST_YEARS} years.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this offer's fields, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (RecordComponent c : COMPONENTS) {
      try {
        b.values.put(c.getName(), c.getAccessor().invoke(this));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return b;
  }

  /**
   * The company as a matching key (trimmed, lower case).
   *
   * @return the key
   */
  public String companyKey() {
    return Keys.of(company);
  }

  /**
   * The role as a matching key.
   *
   * @return the key
   */
  public String roleKey() {
    return Keys.of(role);
  }

  /**
   * The level as a matching key.
   *
   * @return the key
   */
  public String levelKey() {
    return Keys.of(level);
  }

  /**
   * The region as a matching key.
   *
   * @return the key
   */
  public String regionKey() {
    return Keys.of(region);
  }

  /**
   * The key of the band this offer is placed in.
   *
   * @return company, role, level and region as a key
   */
  public BandKey bandKey() {
    return new BandKey(company, role, level, region);
  }

  /**
   * The offer's currency: its base's.
   *
   * @return the currency
   */
  public java.util.Currency currency() {
    return base.currency();
  }

  /**
   * The offer's total comp by the one formula, in its own currency.
   *
   * @return annual and first-year total comp with their parts
   */
  public TotalComp totalComp() {
    return TotalComp.of(base, stockGrant, vestYears, bonusPct, signOn);
  }

  /**
   * This offer with other competing offers.
   *
   * @param more the competing offers, replacing the current ones
   * @return a new offer
   */
  public Offer withCompeting(List<CompetingOffer> more) {
    return toBuilder().competing(more).build();
  }

  /**
   * This offer with other skills.
   *
   * @param newSkills the skill tags, replacing the current ones
   * @return a new offer
   */
  public Offer withSkills(Collection<String> newSkills) {
    return toBuilder().skills(newSkills).build();
  }

  static SortedSet<String> normaliseSkills(Collection<String> skills) {
    TreeSet<String> out = new TreeSet<>();
    if (skills != null) {
      for (String s : skills) {
        String k = Keys.of(s);
        if (k != null && !k.isEmpty()) {
          out.add(k);
        }
      }
    }
    return java.util.Collections.unmodifiableSortedSet(out);
  }

  static void requireNonNegative(Money m, String field) {
    if (m.isNegative()) {
      throw new InvalidInputException(field, m.amount().toPlainString(),
          field + " is negative: " + m.amount().toPlainString());
    }
  }

  static void requireVestYears(int years, String field) {
    if (years < 1 || years > MAX_VEST_YEARS) {
      throw new InvalidInputException(field, String.valueOf(years),
          field + " must be between 1 and " + MAX_VEST_YEARS + ", was " + years);
    }
  }

  static void requirePercent(BigDecimal pct, String field) {
    if (pct.signum() < 0 || pct.compareTo(MAX_PERCENT) > 0) {
      throw new InvalidInputException(field, pct.toPlainString(),
          field + " must be between 0 and " + MAX_PERCENT + ", was " + pct.toPlainString());
    }
  }

  private static final RecordComponent[] COMPONENTS = Offer.class.getRecordComponents();
  private static final Constructor<Offer> CANONICAL = canonical();

  private static Constructor<Offer> canonical() {
    try {
      return Offer.class.getDeclaredConstructor(
          Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Builds an {@link Offer} by named fields; {@link #build()} validates them all at once. Fields not
   * set take the constructor's defaults: no stock, bonus or sign-on, no skills or competing offers,
   * vesting over {@value Offer#DEFAULT_VEST_YEARS} years. Not thread-safe; reusable.
   */
  public static final class Builder {
    // one setter per record component, each one line; build() passes them to the canonical
    // constructor in component order, so a new component needs only its setter
    private final Map<String, Object> values = new HashMap<>(Map.of("vestYears", DEFAULT_VEST_YEARS));

    private Builder() {}

    private Builder set(String component, Object value) {
      values.put(component, value);
      return this;
    }

    /**
     * Sets the offer id.
     *
     * @param offerId an id, unique in a batch
     * @return this builder
     */
    public Builder offerId(String offerId) {
      return set("offerId", offerId);
    }

    /**
     * Sets the company.
     *
     * @param company such as {@code Twilio}
     * @return this builder
     */
    public Builder company(String company) {
      return set("company", company);
    }

    /**
     * Sets the role.
     *
     * @param role such as {@code Data Engineer}
     * @return this builder
     */
    public Builder role(String role) {
      return set("role", role);
    }

    /**
     * Sets the level.
     *
     * @param level the company's level, such as {@code L2}
     * @return this builder
     */
    public Builder level(String level) {
      return set("level", level);
    }

    /**
     * Sets the region.
     *
     * @param region a region id, such as {@code san-francisco}
     * @return this builder
     */
    public Builder region(String region) {
      return set("region", region);
    }

    /**
     * Sets the annual base salary, whose currency is the offer's.
     *
     * @param base the base, such as {@code Money.of(170_000, "USD")}
     * @return this builder
     */
    public Builder base(Money base) {
      return set("base", base);
    }

    /**
     * Sets the stock grant's value over the vesting years.
     *
     * @param stockGrant the grant, in the base's currency
     * @return this builder
     */
    public Builder stockGrant(Money stockGrant) {
      return set("stockGrant", stockGrant);
    }

    /**
     * Sets the years the stock grant vests over.
     *
     * @param vestYears 1 to {@value Offer#MAX_VEST_YEARS}
     * @return this builder
     */
    public Builder vestYears(int vestYears) {
      return set("vestYears", vestYears);
    }

    /**
     * Sets the annual bonus target.
     *
     * @param bonusPct in percent of base, such as {@code 10}
     * @return this builder
     */
    public Builder bonusPct(BigDecimal bonusPct) {
      return set("bonusPct", bonusPct);
    }

    /**
     * Sets the annual bonus target.
     *
     * @param bonusPct in whole percent of base, such as {@code 10}
     * @return this builder
     */
    public Builder bonusPct(long bonusPct) {
      return bonusPct(BigDecimal.valueOf(bonusPct));
    }

    /**
     * Sets the one-time sign-on bonus.
     *
     * @param signOn the bonus, in the base's currency
     * @return this builder
     */
    public Builder signOn(Money signOn) {
      return set("signOn", signOn);
    }

    /**
     * Sets the skill tags, replacing any set before.
     *
     * @param skills any collection of tags; case and order do not matter
     * @return this builder
     */
    public Builder skills(Collection<String> skills) {
      return set("skills", skills == null ? null : new TreeSet<>(skills));
    }

    /**
     * Sets the skill tags, replacing any set before.
     *
     * @param skills the tags
     * @return this builder
     */
    public Builder skills(String... skills) {
      return skills(Arrays.asList(skills));
    }

    /**
     * Sets how the stock grant vests; by default evenly over the vest years, with no cliff.
     *
     * @param vestSchedule the schedule, over {@link #vestYears(int)} years
     * @return this builder
     */
    public Builder vestSchedule(VestSchedule vestSchedule) {
      return set("vestSchedule", vestSchedule);
    }

    /**
     * Sets the competing offers, replacing any set or added before.
     *
     * @param competing the competing offers, in order
     * @return this builder
     */
    public Builder competing(Collection<CompetingOffer> competing) {
      return set("competing", competing == null ? null : new ArrayList<>(competing));
    }

    /**
     * Adds one competing offer after those set or added before.
     *
     * @param competing the competing offer
     * @return this builder
     */
    public Builder addCompeting(CompetingOffer competing) {
      Objects.requireNonNull(competing, "competing offer must not be null");
      @SuppressWarnings("unchecked")
      List<CompetingOffer> list = new ArrayList<>((Collection<CompetingOffer>) values.getOrDefault("competing", List.of()));
      list.add(competing);
      return set("competing", list);
    }

    /**
     * The offer, validated.
     *
     * @return a new offer
     * @throws InvalidInputException when a field is missing or out of range, naming it and its value
     */
    public Offer build() {
      Object[] args = new Object[COMPONENTS.length];
      for (int i = 0; i < args.length; i++) {
        args[i] = values.get(COMPONENTS[i].getName());
        if (args[i] == null && COMPONENTS[i].getType().isPrimitive()) {
          throw new InvalidInputException(COMPONENTS[i].getName(), null, COMPONENTS[i].getName() + " is required");
        }
      }
      try {
        return CANONICAL.newInstance(args);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
