package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/authoring.md: a new lever added to copies of rules/ and data/ with a
 * DRL rule, a catalog entry and a scenario, then validated, tested and evaluated. No Java changes.
 */
class NewLeverWithoutJavaTest {
  @TempDir Path tmp;

  @Test
  void aNewLeverAppearsThroughValidateTestAndEvaluate() throws Exception {
    Path rules = Folders.copy("rules", tmp);
    Path data = Folders.copy("data", tmp);
    Files.writeString(rules.resolve("custom-levers.drl"), """
        // Custom levers (decision): levers this team adds to the shipped catalog.
        //
        // Reads:  Subject
        // Writes: LeverApplied
        package dev.offereval.rules;

        import dev.offereval.model.*; import dev.offereval.model.internal.*;
        import java.util.Map;

        rule "Analytics-engineering skills hold the modern data stack lever"
        when
            $s : Subject( $o : offer, offer.skills contains "dbt" || offer.skills contains "airflow" )
        then
            insert( new LeverApplied( $s, "modern-data-stack",
                Said.of( "modern-data-stack-skills", Map.of( "skills", $o.skills() ) ),
                Map.of( "company", $o.company() ) ) );
        end
        """);
    Files.writeString(data.resolve("levers.yaml"), """

          - id: modern-data-stack
            title: Modern Data Stack
            category: global
            expertise: true
            talking-point: >-
              I have shipped production pipelines on dbt and Airflow, the same stack {company} runs.
        """, StandardOpenOption.APPEND);
    Files.writeString(data.resolve("messages.yaml"), """

          modern-data-stack-skills: "skills {skills} include dbt or airflow"
        """, StandardOpenOption.APPEND);
    Files.writeString(rules.resolve("scenarios/custom-levers.yaml"), """
        scenarios:
          - name: dbt holds the modern data stack lever and counts as expertise
            as-of: 2026-11-23
            given: { company: Twilio, role: Data Engineer, level: L2, region: denver, base: 140000, stock_grant: 110000, bonus_pct: 10, skills: dbt }
            expect:
              levers: [modern-data-stack]
              counter: { base: 165000 }
        """);
    Path offers = tmp.resolve("offers.csv");
    Files.writeString(offers, "offer_id,company,role,level,region,base,skills\nn1,Twilio,Data Engineer,L2,denver,140000,dbt\n");

    Cli validate = Cli.run("validate", "--rules", rules.toString(), "--data", data.toString());
    assertEquals(0, validate.exit(), validate.out());
    assertTrue(validate.out().contains("0 errors"), validate.out());

    Cli test = Cli.run("test", "--rules", rules.toString(), "--data", data.toString());
    assertEquals(0, test.exit(), test.out());
    assertTrue(test.out().contains("PASS " + rules.resolve("scenarios/custom-levers.yaml")
        + ": dbt holds the modern data stack lever and counts as expertise"), test.out());
    assertTrue(test.out().matches("(?s).*\n[0-9]+ passed, 0 failed\n"), test.out());

    Cli evaluate = Cli.run("offer", "--rules", rules.toString(), "--data", data.toString(), "--company", "Twilio",
        "--role", "Data Engineer", "--level", "L2", "--region", "denver", "--base", "140000", "--skills", "dbt");
    assertEquals(0, evaluate.exit(), evaluate.err());
    assertTrue(evaluate.out().contains("Modern Data Stack [modern-data-stack, global]"), evaluate.out());
    assertTrue(evaluate.out().contains("the same stack Twilio runs."), evaluate.out());

    Cli batch = Cli.run("evaluate", offers.toString(), "--rules", rules.toString(), "--data", data.toString(), "-q");
    assertTrue(batch.out().contains(",modern-data-stack,"), batch.out());
  }
}
