package dev.offereval.bench;

import java.util.Locale;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;

/**
 * The engine's own floor for rules shaped like ours, with none of our work in them: per offer, a
 * chain of N firings, each rule joining one fact on the offer's subject ({@code subject == $s}) and
 * inserting the next, in sessions of a chunk of offers, as the evaluator runs them. What the
 * shipped rules cost above this is our conditions, consequences and facts, not Drools.
 *
 * <pre>
 * java -cp target/offer-evaluator.jar:target/test-classes dev.offereval.bench.DroolsFloor [N] [CHUNK] [OFFERS] [insert|logical]
 * </pre>
 *
 * Defaults: 29 firings (the shipped rules' mean an offer), chunks of 32, 20,000 offers, {@code insertLogical}.
 * Prints each of six rounds; the last rounds are the warm figure.
 */
public final class DroolsFloor {
  /** The offer: compared by identity, as the evaluator's subject is. */
  public static final class Subject {}

  /** One derived fact about an offer. */
  public record Step(Subject subject, int step) {}

  private DroolsFloor() {}

  public static void main(String[] args) {
    int firings = args.length > 0 ? Integer.parseInt(args[0]) : 29;
    int chunk = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    int offers = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    String insert = args.length > 3 && args[3].equals("insert") ? "insert" : "insertLogical";
    KieBase base = compile(rules(firings, insert));
    for (int round = 0; round < 6; round++) {
      long t = System.nanoTime();
      long facts = 0;
      for (int done = 0; done < offers; done += chunk) {
        KieSession session = base.newKieSession();
        try {
          for (int i = 0; i < Math.min(chunk, offers - done); i++) {
            session.insert(new Subject());
          }
          session.fireAllRules();
          facts += session.getFactCount();
        } finally {
          session.dispose();
        }
      }
      double us = (System.nanoTime() - t) / 1e3 / offers;
      System.out.printf(Locale.ROOT, "round %d: %d firings an offer (%s), chunks of %d: %.1f us an offer, %.2f us a firing"
          + " (%d facts)%n", round, firings, insert, chunk, us, us / firings, facts);
    }
  }

  static String rules(int firings, String insert) {
    String type = DroolsFloor.class.getName();
    StringBuilder drl = new StringBuilder("package dev.offereval.bench.floor;\n")
        .append("import ").append(type).append(".Subject;\n")
        .append("import ").append(type).append(".Step;\n")
        .append("rule \"step 1\" when $s : Subject() then ").append(insert).append("( new Step( $s, 1 ) ); end\n");
    for (int i = 1; i < firings; i++) {
      drl.append("rule \"step ").append(i + 1).append("\" when $s : Subject() Step( subject == $s, step == ").append(i)
          .append(" ) then ").append(insert).append("( new Step( $s, ").append(i + 1).append(" ) ); end\n");
    }
    return drl.toString();
  }

  static KieBase compile(String drl) {
    KieServices ks = KieServices.Factory.get();
    KieFileSystem fs = ks.newKieFileSystem().write("src/main/resources/dev/offereval/bench/floor/floor.drl", drl);
    KieBuilder builder = ks.newKieBuilder(fs).buildAll();
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException(builder.getResults().toString());
    }
    return ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase();
  }
}
