package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.Folders;
import dev.offereval.Offers;
import dev.offereval.model.AppliedLever;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Severity;
import dev.offereval.model.Message;
import dev.offereval.model.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authoring mistakes that only show at run time: an evaluation says so in a warning, and never
 * prints a lever it does not know or a {placeholder} nobody filled.
 */
class RunTimeAuthoringWarningsTest {
  @TempDir Path tmp;

  @Test
  void anUnknownLeverIdAndAnUnfilledPlaceholderAreWarningsOnThatEvaluation() throws Exception {
    Path rules = Folders.copy("rules", Files.createTempDirectory(tmp, "rules"));
    Path data = Folders.copy("data", Files.createTempDirectory(tmp, "data"));
    Files.writeString(rules.resolve("team-levers.drl"), """
        package dev.offereval.rules;
        import dev.offereval.model.*; import dev.offereval.model.internal.*;

        rule "An Example Corp offer holds a lever the catalog does not have"
        when
            $s : Subject( offer.company == "Example Corp" )
        then
            insert( new LeverApplied( $s, "no-such-lever", Said.of( "lever-from-data" ) ) );
        end
        """);
    Folders.edit(data.resolve("levers.yaml"), "is experience I'd bring straight to this\n      role.",
        "is experience I'd bring straight to this\n      role. I have {yearsOfExperience} years of it.");
    OfferEvaluator evaluator = OfferEvaluator.fromDirectories(rules, data);
    LocalDate on = LocalDate.of(2026, 11, 23);

    Evaluation e = evaluator.evaluate(Offers.twilioSf().company("Example Corp").skills("cdp").build(), on, Explain.NONE);
    assertEquals(Status.NO_BAND, e.status(), "warnings do not change the status");
    assertTrue(e.messages().contains(new Message(Severity.WARNING, Message.UNKNOWN_LEVER, "the rules applied lever no-such-lever, which data/levers.yaml does not"
        + " have; it is left out")), e.messages().toString());
    assertTrue(e.messages().contains(new Message(Severity.WARNING, Message.UNFILLED_PLACEHOLDER, "the talking point"
        + " of lever cdp-pipeline-expertise uses {yearsOfExperience}, which the rules did not fill; the sentence was"
        + " left out")), e.messages().toString());
    assertEquals(List.of("cdp-pipeline-expertise"), e.levers().stream().map(AppliedLever::id).toList());
    assertEquals("My work with customer data platforms is experience I'd bring straight to this"
        + " role.", e.levers().get(0).talkingPoint());

    // near miss: an offer the odd rule does not touch, with no CDP skill, gets neither warning
    Evaluation clean = evaluator.evaluate(Offers.twilioSf().skills("kafka").build(), on, Explain.NONE);
    assertFalse(clean.messages().stream().anyMatch(m -> m.toString().startsWith("warning: the")), clean.messages().toString());
    assertFalse(clean.levers().stream().anyMatch(l -> l.talkingPoint().contains("{")), clean.levers().toString());
  }
}
