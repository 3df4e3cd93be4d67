package dev.offereval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.model.internal.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog of the shipped data: staleness at its boundary, names with their aliases and origins. */
class CatalogTest {
  private static final Path DATA = Path.of("data");

  private static Catalog on(String date) throws Exception {
    ReferenceData data = DataLoader.load(DATA);
    return Catalog.of(data, DATA, "data", LocalDate.parse(date));
  }

  @Test
  void aBandIsCurrentOnItsLastDayAndStaleTheDayAfter() throws Exception {
    Catalog.BandEntry last = on("2027-02-01").bands().get(0);
    assertEquals("2026-02-01", last.asOf());
    assertEquals("2027-02-01", last.staleAfter());
    assertFalse(last.stale());
    assertTrue(on("2027-02-02").bands().get(0).stale(), "a day later (near miss)");
  }

  @Test
  void aRegionHasItsDisplayNameAliasesAndTheFilesThatNameIt() throws Exception {
    Catalog.Region sf = on("2026-11-23").regions().stream().filter(r -> r.id().equals("san-francisco")).findFirst()
        .orElseThrow();
    assertEquals("San Francisco, CA (HQ)", sf.name());
    assertEquals(List.of("San Francisco", "SF", "San Francisco, CA"), sf.aliases(), "the id and display name are not aliases");
    assertEquals(List.of("names.yaml:9", "bands/twilio-data-engineer.yaml"), sf.from());
  }

  @Test
  void aCompanyIsNamedByEveryFileThatUsesIt() throws Exception {
    Catalog c = on("2026-11-23");
    assertEquals(List.of(new Catalog.Name("Databricks", List.of(), List.of("levels.yaml:8", "peers.yaml")),
        new Catalog.Name("Google", List.of(), List.of("levels.yaml:8"))), c.companies().subList(0, 2));
    assertEquals("bands/twilio-data-engineer.yaml:26", c.bands().get(1).from());
  }
}
