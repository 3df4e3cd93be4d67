package dev.offereval.io;

import java.util.ArrayList;
import java.util.List;

/** A {@link Catalog} as {@code offer-eval catalog} prints it: a section a kind, one line a thing, then where it comes from. */
public final class CatalogText {
  private CatalogText() {}

  /** The catalog as text, ending in a new line. */
  public static String of(Catalog c) {
    List<String> out = new ArrayList<>();
    out.add("Catalog of " + c.data() + " on " + c.asOf());
    names(out, "Companies", c.companies());
    names(out, "Roles", c.roles());
    names(out, "Levels", c.levels());
    out.add("");
    out.add("Regions (" + c.regions().size() + "):");
    for (Catalog.Region r : c.regions()) {
      out.add("  " + r.id() + (r.name().equals(r.id()) ? "" : ": " + r.name()) + aliases(r.aliases()));
      out.add("    from " + String.join(", ", r.from()));
    }
    out.add("");
    out.add("Bands (" + c.bands().size() + "; stale " + c.staleAfterMonths() + " months after their as-of date,"
        + " policy band.stale-after-months):");
    for (Catalog.BandEntry b : c.bands()) {
      out.add("  " + String.join(" ", b.company(), b.role(), b.level(), b.region()) + " (" + b.currency() + "), as of "
          + b.asOf() + ": " + (b.stale() ? "STALE since " + b.staleAfter() : "current until " + b.staleAfter()));
      out.add("    from " + b.from() + (b.guide() == null ? "" : ", transcribed from the guide " + b.guide()));
      out.add("    sources: " + String.join("; ", b.sources()));
    }
    out.add("");
    out.add("Level equivalence classes (" + c.levelClasses().size() + "):");
    for (Catalog.LevelClassEntry k : c.levelClasses()) {
      out.add("  " + k.id() + ": " + chain(k.levels()));
      for (Catalog.Mapping m : k.from()) {
        out.add("    " + m.at() + " " + m.id() + ": " + chain(m.levels())
            + (m.source() == null ? "" : ", from " + m.source()));
      }
    }
    return String.join("\n", out) + "\n";
  }

  private static void names(List<String> out, String title, List<Catalog.Name> names) {
    out.add("");
    out.add(title + " (" + names.size() + "):");
    for (Catalog.Name n : names) {
      out.add("  " + n.name() + aliases(n.aliases()) + ", from " + String.join(", ", n.from()));
    }
  }

  private static String chain(List<Catalog.Level> levels) {
    return String.join(" = ", levels.stream().map(Catalog.Level::toString).toList());
  }

  private static String aliases(List<String> aliases) {
    return aliases.isEmpty() ? "" : " (also written \"" + String.join("\", \"", aliases) + "\")";
  }
}
