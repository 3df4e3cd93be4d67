package dev.offereval.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The I/O floor for a batch: reads a CSV of offers row by row with Jackson's CSV mapper and writes
 * every row out again, with no evaluation. What {@code offer-eval evaluate} takes on the same file
 * above this is the evaluation's own cost.
 *
 * <pre>
 * java -XX:+UseSerialGC -Xmx256m -cp target/offer-evaluator.jar:target/test-classes dev.offereval.bench.CsvFloor IN.csv OUT.csv
 * </pre>
 *
 * Prints the rows copied and the wall time, JVM start not included (time the command for that).
 */
public final class CsvFloor {
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private CsvFloor() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CsvFloor IN.csv OUT.csv");
      System.exit(2);
    }
    long start = System.nanoTime();
    long rows = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8);
        MappingIterator<List<String>> it = CSV.readerForListOf(String.class).readValues(in);
        SequenceWriter writer = CSV.writerFor(List.class).with(CsvSchema.emptySchema()).writeValues(out)) {
      while (it.hasNextValue()) {
        writer.write(it.nextValue());
        rows++;
      }
    }
    System.out.printf("%,d rows in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
  }
}
