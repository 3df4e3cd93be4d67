package dev.offereval.cli;

import dev.offereval.store.Negotiation;
import dev.offereval.store.Round;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A negotiation's timeline as one self-contained page: the text timeline's lines, round by round,
 * built as a DOM so that every company name and note shows as text.
 */
final class TimelineHtml {
  private TimelineHtml() {}

  static String page(Negotiation n) {
    StringWriter text = new StringWriter();
    TimelineText.write(n, new PrintWriter(text));
    Document doc = Document.createShell("");
    doc.title("Negotiation " + n.id() + " with " + n.company() + " – offer-evaluator");
    doc.head().prependElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("style").text("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
        + "color:#111;background:#fff}section{border-left:3px solid #555;padding-left:1rem;margin:1.5rem 0}"
        + "dt{font-weight:600}dd{margin:0 0 .5rem 1rem}");
    Element main = doc.body().appendElement("main");
    String[] blocks = text.toString().split("\\R\\R");
    main.appendElement("h1").text(blocks[0].strip());
    for (int i = 1; i < blocks.length; i++) {
      Round r = n.rounds().get(i - 1);
      Element section = main.appendElement("section").attr("aria-label", "Round " + r.number());
      String[] lines = blocks[i].strip().split("\\R");
      section.appendElement("h2").text(lines[0]);
      Element dl = section.appendElement("dl");
      for (int j = 1; j < lines.length; j++) {
        String line = lines[j].strip();
        int colon = line.indexOf(':');
        dl.appendElement("dt").text(line.substring(0, colon));
        dl.appendElement("dd").text(line.substring(colon + 1).strip());
      }
    }
    doc.outputSettings().prettyPrint(true);
    return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
  }
}
