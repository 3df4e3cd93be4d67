package dev.offereval.malformed;

import dev.offereval.engine.Explain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.offereval.Offers;
import dev.offereval.cli.CliRunner;
import dev.offereval.io.CsvFileException;
import dev.offereval.io.OfferCsvReader;
import dev.offereval.io.OfferRow;
import dev.offereval.model.Evaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The malformed-CSV corpus: {@code src/test/resources/malformed/csv/<case>/} holds {@code
 * input.csv} (or a {@code generate:} recipe) and {@code case.yaml}, which states the exact outcome:
 * a file error at a line, or which rows are rejected at which lines and why. For every row case,
 * rows accepted + rows rejected = rows read.
 */
class MalformedCsvTest {
  static final Path ROOT = Path.of("src/test/resources/malformed/csv");
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir static Path tmp;

  @TestFactory
  Stream<DynamicTest> csvCases() throws IOException {
    return cases(ROOT).map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void corpusHasAtLeastTwentyCases() throws IOException {
    assertTrue(cases(ROOT).count() >= 20);
  }

  static Stream<Path> cases(Path root) throws IOException {
    return Files.list(root).filter(Files::isDirectory).sorted();
  }

  private static void check(Path dir) throws Exception {
    JsonNode c = YAML.readTree(dir.resolve("case.yaml").toFile());
    Path input = input(dir, c);
    if (Files.exists(dir.resolve("competing.csv"))) {
      cliFails(dir, input, c, "--competing", dir.resolve("competing.csv").toString());
      return;
    }
    OfferCsvReader reader = new OfferCsvReader(Offers.shipped().data());
    if (c.get("expect").asText().equals("file-error")) {
      CsvFileException e = assertThrows(CsvFileException.class, () -> reader.read(input, "input.csv", Map.of()));
      assertEquals(c.get("line").asInt(), e.line(), e.getMessage());
      assertTrue(e.getMessage().contains(c.get("message").asText()), e.getMessage());
      cliFails(dir, input, c);
      return;
    }
    var rows = reader.read(input, "input.csv", Map.of()).rows();
    long accepted = rows.stream().filter(OfferRow::valid).count();
    long rejected = rows.size() - accepted;
    assertEquals(c.get("rows").asInt(), rows.size(), "rows read");
    assertEquals(rows.size(), accepted + rejected);
    Map<Integer, String> expectRejected = new HashMap<>();
    c.get("rejected").forEach(r -> expectRejected.put(r.get("line").asInt(), r.get("contains").asText()));
    assertEquals(expectRejected.size(), rejected, "rows rejected: " + rows);
    for (OfferRow row : rows) {
      String want = expectRejected.get(row.line());
      if (want == null) {
        assertTrue(row.valid(), "line " + row.line() + " rejected: " + row.errors());
      } else {
        assertFalse(row.valid(), "line " + row.line() + " accepted");
        assertTrue(String.join("; ", row.errors()).contains(want), "line " + row.line() + ": " + row.errors());
      }
    }
    JsonNode statuses = c.get("statuses");
    if (statuses != null) {
      for (Iterator<String> it = statuses.fieldNames(); it.hasNext(); ) {
        String line = it.next();
        OfferRow row = rows.stream().filter(r -> r.line() == Integer.parseInt(line)).findFirst().orElseThrow();
        Evaluation e = Offers.shipped().evaluate(row.offer(), LocalDate.of(2026, 11, 23), Explain.NONE);
        assertEquals(statuses.get(line).asText(), e.status().name(), "line " + line + ": " + e.messages());
      }
    }
  }

  /** The command line on the case: exit 2, the message on stderr, and no output file at all. */
  private static void cliFails(Path dir, Path input, JsonNode c, String... more) {
    Path out = tmp.resolve(dir.getFileName() + ".out.csv");
    String[] args = Stream.concat(Stream.of("evaluate", input.toString(), "-o", out.toString()), Stream.of(more))
        .toArray(String[]::new);
    CliRunner.Result r = CliRunner.run(args);
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains(c.get("message").asText()), r.err());
    assertFalse(Files.exists(out), "no partial output");
  }

  private static Path input(Path dir, JsonNode c) throws IOException {
    if (!c.has("generate")) {
      return dir.resolve("input.csv");
    }
    assertEquals("ten-megabyte-cell", c.get("generate").asText());
    Path file = tmp.resolve(dir.getFileName() + ".csv");
    StringBuilder sb = new StringBuilder("offer_id,company,role,level,region,base,skills\n");
    sb.append("a,Twilio,Data Engineer,L2,denver,150000,\"").append("x".repeat(10 * 1024 * 1024)).append("\"\n");
    Files.writeString(file, sb, StandardCharsets.UTF_8);
    return file;
  }
}
