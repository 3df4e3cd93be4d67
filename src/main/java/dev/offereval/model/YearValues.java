package dev.offereval.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The years of a {@link PackageValue}: an unmodifiable list that also keeps each average it has
 * worked out. The rules compare packages by their averages in many conditions, and each average
 * is a sum and a division; worked out once, it is read after that. Equal to any list of the same
 * years, as a list is.
 */
final class YearValues extends AbstractList<YearValue> implements RandomAccess {
  private final YearValue[] years;
  /** Averages by {@code (n - 1) * 2 + (withBonus ? 1 : 0)}; filled when first asked for. */
  private final Money[] averages;
  private int hash;

  private YearValues(YearValue[] years) {
    this.years = years;
    this.averages = new Money[years.length * 2];
  }

  /** {@code years} as such a list; one already is is returned as it is. */
  static YearValues of(List<YearValue> years) {
    if (years instanceof YearValues y) {
      return y;
    }
    YearValue[] copy = years.toArray(new YearValue[0]);
    for (YearValue v : copy) {
      java.util.Objects.requireNonNull(v, "a year is null");
    }
    return new YearValues(copy);
  }

  @Override
  public YearValue get(int index) {
    return years[index];
  }

  @Override
  public int size() {
    return years.length;
  }

  /** The average of the first {@code n} years, with or without the bonus; 1 ≤ n ≤ size. */
  Money average(int n, boolean withBonus) {
    int i = (n - 1) * 2 + (withBonus ? 1 : 0);
    Money a = averages[i];
    if (a == null) {
      Money sum = Money.zero(years[0].base().currency());
      for (int y = 0; y < n; y++) {
        sum = sum.plus(withBonus ? years[y].total() : years[y].totalBeforeBonus());
      }
      a = sum.dividedBy(n);
      averages[i] = a; // a race only works the same figure out twice
    }
    return a;
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = super.hashCode();
      hash = h;
    }
    return h;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || super.equals(o);
  }
}
