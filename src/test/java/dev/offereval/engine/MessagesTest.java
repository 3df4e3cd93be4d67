package dev.offereval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.offereval.Offers;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Message;
import dev.offereval.model.Severity;
import dev.offereval.model.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages carry a severity and a code; their printed line is what outputs always showed. */
class MessagesTest {
  @Test
  void aMissingBandAndAStaleBandAreCodedAndPrintAsBefore() {
    Evaluation noBand = Offers.shipped().evaluate(Offers.twilioSf().region("new-york").build());
    Message m = noBand.messages().get(0);
    assertEquals(Severity.INFO, m.severity());
    assertEquals(Message.NO_BAND, m.code());
    assertEquals(m.text(), m.toString());

    Evaluation stale = Offers.shipped().evaluate(Offers.twilioSf().build(), LocalDate.of(2027, 2, 2), Explain.NONE);
    Message w = stale.messages().get(0);
    assertEquals(Severity.WARNING, w.severity());
    assertEquals(Message.RULE_NOTICE, w.code());
    assertEquals("warning: " + w.text(), w.toString());
  }

  @Test
  void aPrintedLineParsesBackToTheSameLine() {
    for (Message m : List.of(new Message(Severity.WARNING, Message.RULE_NOTICE, "band is old"),
        new Message(Severity.INFO, Message.RULE_NOTICE, "data has a London band"))) {
      assertEquals(m, Message.parse(m.toString(), Status.OK));
    }
    assertEquals(new Message(Severity.ERROR, Message.INVALID_INPUT, "base '145k' is not an amount"),
        Message.parse("base '145k' is not an amount", Status.INVALID));
    assertEquals(new Message(Severity.INFO, Message.NO_BAND, "no band for X"), Message.parse("no band for X", Status.NO_BAND));
    assertEquals(Message.RULE_FAILED, Message.parse("rule \"r\" failed", Status.ERROR).code());
  }
}
