package dev.offereval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The engine's own floor for rules shaped like ours, with none of our work in them: per offer, a
 * chain of N firings, each rule joining one fact on the offer's subject ({@code subject == $s}) and
 * inserting the next, in sessions of a chunk of offers, as the evaluator runs them. What the
 * shipped rules cost above this is our conditions, consequences and facts, not Drools.
 *
 * <pre>
 * java -cp target/offer-evaluator.jar:target/test-classes dev.offereval.bench.DroolsFloor [N] [CHUNK] [OFFERS] [new|warm]
 * </pre>
 *
 * Defaults: 29 firings (the shipped rules' mean an offer), chunks of 32, 20,000 offers, a new
 * session a chunk. {@code warm} keeps one session and deletes each chunk's offers after firing,
 * which withdraws what the rules derived from them ({@code insertLogical}), as a warm session
 * does for a single offer.
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
    boolean warm = args.length > 3 && args[3].equals("warm");
    KieBase base = compile(rules(firings, "insertLogical"));
    KieSession kept = warm ? base.newKieSession() : null;
    for (int round = 0; round < 6; round++) {
      long t = System.nanoTime();
      long facts = 0;
      for (int done = 0; done < offers; done += chunk) {
        KieSession session = warm ? kept : base.newKieSession();
        try {
          List<FactHandle> subjects = new ArrayList<>();
          for (int i = 0; i < Math.min(chunk, offers - done); i++) {
            subjects.add(session.insert(new Subject()));
          }
          session.fireAllRules();
          facts += session.getFactCount();
          if (warm) {
            subjects.forEach(session::delete);
            session.fireAllRules();
          }
        } finally {
          if (!warm) {
            session.dispose();
          }
        }
      }
      double us = (System.nanoTime() - t) / 1e3 / offers;
      System.out.printf(Locale.ROOT, "round %d: %d firings an offer, chunks of %d, %s: %.1f us an offer, %.2f us a"
          + " firing (%d facts)%n", round, firings, chunk, warm ? "one warm session" : "a new session each", us,
          us / firings, facts);
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
