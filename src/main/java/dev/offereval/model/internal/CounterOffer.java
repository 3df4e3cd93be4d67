package dev.offereval.model.internal;

import dev.offereval.model.TotalComp;
import dev.offereval.model.Component;
import dev.offereval.model.Offer;
import dev.offereval.model.PackageValue;
import dev.offereval.model.Money;
import dev.offereval.model.VestSchedule;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Derived: the counter-offer, held to its anchor's value. {@code capped} lists the components
 * whose ask the band maximum limited (or that were already above it). The grant keeps the offer's
 * vest years and schedule.
 *
 * <p>{@code value} follows from the other components and is computed once, when the counter is
 * made (pass null to the canonical constructor): the rules compare it in their conditions, which
 * Drools may evaluate many times. {@code terms} (null for a counter made without them) are what it
 * is judged on: its {@link #gain} against the {@link #minGain} that makes it worth asking for.
 */
public record CounterOffer(
    Subject subject,
    Money base,
    Money stockGrant,
    int vestYears,
    BigDecimal bonusPct,
    Money signOn,
    Set<Component> capped,
    VestSchedule vestSchedule,
    PackageValue value,
    CounterTerms terms) implements AboutOffer {

  public CounterOffer {
    capped = capped.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capped));
    vestSchedule = Support.vestSchedule(vestSchedule, vestYears, "counter vest schedule");
    if (value == null) {
      value = PackageValue.of(base, stockGrant, vestSchedule, bonusPct, signOn);
    }
  }

  /** A counter of these figures, its value per year laid out from them. */
  public CounterOffer(
      Subject subject, Money base, Money stockGrant, int vestYears, BigDecimal bonusPct, Money signOn,
      Set<Component> capped, VestSchedule vestSchedule) {
    this(subject, base, stockGrant, vestYears, bonusPct, signOn, capped, vestSchedule, null, null);
  }

  /** A counter of these figures judged on {@code terms}, its value per year laid out from them. */
  public CounterOffer(
      Subject subject, Money base, Money stockGrant, int vestYears, BigDecimal bonusPct, Money signOn,
      Set<Component> capped, VestSchedule vestSchedule, CounterTerms terms) {
    this(subject, base, stockGrant, vestYears, bonusPct, signOn, capped, vestSchedule, null, terms);
  }

  /** What the counter adds to the offer per year in its terms' view ({@link CounterTerms#gain}); needs terms. */
  public Money gain() {
    return terms.gain(value);
  }

  /** The least gain worth asking for ({@link CounterTerms#minGain}); needs terms. */
  public Money minGain() {
    return terms.minGain();
  }

  public TotalComp totalComp() {
    return TotalComp.of(base, stockGrant, vestYears, bonusPct, signOn);
  }

  public Money annualTotal() {
    return totalComp().annual();
  }

  /** Of the figures only: the value follows from them, and truth maintenance hashes this on every insert. */
  @Override
  public int hashCode() {
    return java.util.Objects.hash(subject, base, stockGrant, vestYears, bonusPct, signOn, capped, vestSchedule);
  }

  /** As a record would print it, without the derived value, which would bury the figures in a trace. */
  @Override
  public String toString() {
    return "CounterOffer[subject=" + subject + ", base=" + base + ", stockGrant=" + stockGrant
        + ", vestYears=" + vestYears + ", bonusPct=" + bonusPct + ", signOn=" + signOn
        + ", capped=" + capped + ", vestSchedule=" + vestSchedule + "]";
  }
}
