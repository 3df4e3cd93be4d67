package dev.offereval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Offers;
import dev.offereval.model.Band;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticOffersTest {
  @TempDir Path tmp;

  private static String generate(long n, long seed) throws Exception {
    StringWriter w = new StringWriter();
    new SyntheticOffers(Offers.shipped().data()).write(w, n, seed);
    return w.toString();
  }

  @Test
  void theSameSeedGivesTheSameFileAndAnotherSeedAnother() throws Exception {
    assertEquals(generate(500, 1), generate(500, 1));
    assertNotEquals(generate(500, 1), generate(500, 2));
  }

  @Test
  void everyRowReadsAsAValidOfferAndTheMixIsAsDocumented() throws Exception {
    Path file = tmp.resolve("offers.csv");
    Files.writeString(file, generate(5_000, 20261124), StandardCharsets.UTF_8);
    List<OfferRow> rows = new OfferCsvReader(Offers.shipped().data()).read(file, "offers.csv", Map.of()).rows();
    assertEquals(5_000, rows.size());
    assertTrue(rows.stream().allMatch(OfferRow::valid), () -> rows.stream().filter(r -> !r.valid()).findFirst()
        .map(r -> r.line() + ": " + r.errors()).orElse(""));
    for (Band b : Offers.shipped().data().bands()) {
      assertTrue(rows.stream().anyMatch(r -> r.offer().region().equals(b.region())), "region " + b.region());
    }
    long competing = rows.stream().filter(r -> !r.offer().competing().isEmpty()).count();
    assertTrue(competing > 1_500 && competing < 2_500, "about two in five have a competing offer: " + competing);
    long skilled = rows.stream().filter(r -> !r.offer().skills().isEmpty()).count();
    assertTrue(skilled > 4_500, "most have skills: " + skilled);
    assertTrue(rows.stream().allMatch(r -> r.offerId().startsWith("synthetic-")
        && "synthetic benchmark offer".equals(r.extras().get("note"))), "every row says it is synthetic");
  }
}
