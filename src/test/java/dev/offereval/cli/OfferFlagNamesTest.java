package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.io.OfferCsvReader;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code offer} command's errors name its flags; every column it fills has a flag of that name. */
class OfferFlagNamesTest {
  @Test
  void everyColumnTheOfferCommandFillsIsNamedByOneOfItsFlags() {
    var options = new TreeSet<>(new CommandLine(new OfferCommand()).getCommandSpec().optionsMap().keySet());
    for (String column : OfferCsvReader.COLUMNS) {
      String flag = OfferCommand.FLAGS.names().get(column);
      assertTrue(options.contains(flag), column + " is named " + flag + ", which offer does not have: " + options);
    }
  }

  @Test
  void theModelsOwnChecksAreRelabelledButPlainWordsInsideAMessageAreNot() {
    var naming = new OfferCsvReader.Naming(Map.of("base", "--base", "stock_grant", "--stock", "sign_on", "--sign-on",
        "vest_years", "--vest-years"), "is not given");
    var reader = new OfferCsvReader(dev.offereval.engine.OfferEvaluator.withDefaults().data());
    var row = reader.fromValues(0, Map.of("offer_id", "x", "company", "Twilio", "role", "Data Engineer", "level", "L2",
        "region", "denver", "base", "170000", "vest_years", "11"), naming);
    assertEquals(List.of("--vest-years must be between 1 and 10, was 11"), row.errors());
    // near miss: the same value through the CSV names the column
    var csv = reader.fromValues(0, Map.of("offer_id", "x", "company", "Twilio", "role", "Data Engineer", "level", "L2",
        "region", "denver", "base", "170000", "vest_years", "11"));
    assertEquals(List.of("vest_years must be between 1 and 10, was 11"), csv.errors());
  }
}
