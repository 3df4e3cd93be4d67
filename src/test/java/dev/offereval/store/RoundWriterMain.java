package dev.offereval.store;

import dev.offereval.io.EvaluationJson;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child process of {@link KillDuringWriteTest}: writes negotiations of four rounds into the
 * database {@code args[0]}, one transaction after another, until it is killed, and prints {@code
 * committed N} after each write returns. The offer and its evaluation are read from {@code args[1]}
 * and {@code args[2]}, so the child needs no rules.
 */
public final class RoundWriterMain {
  private RoundWriterMain() {}

  public static void main(String[] args) throws Exception {
    Offer offer = EvaluationJson.reader().forType(Offer.class).readValue(Files.readString(Path.of(args[1])));
    Evaluation e = EvaluationJson.reader().forType(Evaluation.class).readValue(Files.readString(Path.of(args[2])));
    long committed = 0;
    try (Negotiations negotiations = Negotiations.open(Path.of(args[0]))) {
      while (true) {
        long id = negotiations.start(offer, e, null).id();
        System.out.println("committed " + ++committed);
        for (int round = 2; round <= 4; round++) {
          negotiations.addRound(id, offer, e, "round " + round);
          System.out.println("committed " + ++committed);
        }
      }
    }
  }
}
