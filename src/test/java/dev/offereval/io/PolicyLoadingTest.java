package dev.offereval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Folders;
import dev.offereval.model.DataException;
import dev.offereval.model.DataIssue;
import dev.offereval.model.internal.Policy;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every policy number is refused at load, at its line in {@code policy.yaml}, when it is outside
 * the range the code honours, and accepted at each end of that range (the near miss).
 */
class PolicyLoadingTest {
  @TempDir Path tmp;

  static Stream<Arguments> bounds() {
    return Stream.of(Policy.Key.values()).flatMap(k -> {
      BigDecimal step = k.whole() ? BigDecimal.ONE : new BigDecimal("0.01");
      return Stream.of(
          Arguments.of(k, k.min(), true),
          Arguments.of(k, k.min().subtract(step), false),
          Arguments.of(k, k.max(), true),
          Arguments.of(k, k.max().add(step), false));
    });
  }

  @ParameterizedTest(name = "{0} = {1}: accepted {2}")
  @MethodSource("bounds")
  void eachNumberIsAcceptedAtItsBoundsAndRefusedPastThem(Policy.Key key, BigDecimal value, boolean accepted)
      throws IOException {
    Path data = withValue(key, value.toPlainString());
    if (accepted) {
      assertEquals(0, value.compareTo(DataLoader.load(data).policy().value(key)), key.key());
      return;
    }
    DataException e = assertThrows(DataException.class, () -> DataLoader.load(data));
    assertEquals(1, e.problems().size(), e.getMessage());
    DataIssue i = e.problems().get(0);
    assertEquals("policy.yaml", i.file());
    assertEquals(valueLine(data, key), i.line(), i.toString());
    assertTrue(i.field().matches("numbers\\[\\d+]\\.value"), i.field());
    // a negative value is refused as negative before its range is looked at
    String expected = value.signum() < 0 ? "is negative: " + value.toPlainString()
        : key.key() + " must be " + key.range() + ", got " + value.toPlainString();
    assertEquals(expected, i.message());
  }

  @Test
  void aWholeNumberWithAFractionIsRefused() throws IOException {
    Path data = withValue(Policy.Key.COMPARISON_AVERAGE_OVER_YEARS, "2.5");
    DataException e = assertThrows(DataException.class, () -> DataLoader.load(data));
    assertEquals("comparison.average-over-years must be a whole number from 1 to 4 (the years a package is laid out"
        + " over), got 2.5", e.problems().get(0).message());
  }

  @Test
  void aMissingNumberIsRefusedNamingItsRange() throws IOException {
    Path data = Folders.copy("data", tmp);
    Path policy = data.resolve("policy.yaml");
    String text = Files.readString(policy, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("(?s)  - key: counter\\.min-move-pct\\n.*?(?=  - key: )").matcher(text);
    assertTrue(m.find());
    Files.writeString(policy, m.replaceFirst(""), StandardCharsets.UTF_8);
    DataException e = assertThrows(DataException.class, () -> DataLoader.load(data));
    assertEquals(List.of("policy number counter.min-move-pct is required: a number from 0 to 100 (a percentage of"
        + " the offer's value)"), e.problems().stream().map(DataIssue::message).toList());
  }

  private Path withValue(Policy.Key key, String value) throws IOException {
    Path data = Folders.copy("data", Files.createTempDirectory(tmp, "data"));
    Path policy = data.resolve("policy.yaml");
    String text = Files.readString(policy, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("(  - key: " + Pattern.quote(key.key()) + "\\n    value: )\\S+").matcher(text);
    assertTrue(m.find(), key.key());
    Files.writeString(policy, m.replaceFirst("$1" + Matcher.quoteReplacement(value)), StandardCharsets.UTF_8);
    return data;
  }

  private static int valueLine(Path data, Policy.Key key) throws IOException {
    List<String> lines = Files.readAllLines(data.resolve("policy.yaml"), StandardCharsets.UTF_8);
    return lines.indexOf("  - key: " + key.key()) + 2;
  }
}
