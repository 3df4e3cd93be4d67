package dev.offereval.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.offereval.Folders;
import dev.offereval.io.Amounts;
import dev.offereval.io.CsvFileException;
import dev.offereval.model.DataException;
import dev.offereval.io.DataLoader;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.model.internal.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz targets for the three parsers that read user files. Each input must be accepted or
 * rejected with the tool's own error; any other exception, a hang or a crash is a bug.
 *
 * <p>{@code mvn verify} replays the stored inputs under {@code
 * src/test/resources/dev/offereval/fuzz/ParserFuzzTestInputs/<target>/}. To fuzz one target for its
 * 10 minutes: {@code JAZZER_FUZZ=1 mvn test -Dtest='ParserFuzzTest#csvReader'} (or {@code
 * amountParser}, {@code yamlLoader}); a crashing input is written there, where it then stays as a
 * regression case.
 */
class ParserFuzzTest {
  private static final Path WORK = temp();
  private static final ReferenceData DATA = load();

  private static Path temp() {
    try {
      return Files.createTempDirectory("offer-eval-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReferenceData load() {
    try {
      return DataLoader.load(Path.of("data"));
    } catch (DataException e) {
      throw new IllegalStateException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void amountParser(String text) {
    BigDecimal value;
    try {
      value = Amounts.parse(text);
    } catch (IllegalArgumentException expected) {
      return;
    }
    assertTrue(value.signum() >= 0, text);
    assertTrue(value.precision() <= Amounts.MAX_DIGITS && value.scale() <= Amounts.MAX_SCALE, text);
  }

  @FuzzTest(maxDuration = "10m")
  void csvReader(byte[] bytes) throws IOException {
    Path file = WORK.resolve("offers-" + Thread.currentThread().getId() + ".csv");
    Files.write(file, bytes);
    try {
      OfferCsvReader.Result result = new OfferCsvReader(DATA).read(file);
      int previous = 1;
      for (OfferRow row : result.rows()) {
        assertTrue(row.line() > previous, "rows keep their order and lines: " + row.line());
        assertTrue(row.valid() != !row.errors().isEmpty(), "a row is valid or says why not");
        previous = row.line();
      }
    } catch (CsvFileException expected) {
      assertTrue(expected.getMessage().startsWith(file.toString()), expected.getMessage());
    }
  }

  private static Path dataCopy;

  @FuzzTest(maxDuration = "10m")
  void yamlLoader(byte[] bytes) throws IOException {
    synchronized (ParserFuzzTest.class) {
      if (dataCopy == null) {
        dataCopy = Folders.copy("data", WORK);
      }
      Files.write(dataCopy.resolve("bands/twilio-data-engineer.yaml"), bytes);
      try {
        DataLoader.load(dataCopy);
      } catch (DataException expected) {
        assertTrue(!expected.problems().isEmpty());
      }
    }
  }
}
