package dev.offereval.io;

import dev.offereval.engine.Explain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offereval.Offers;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML report, parsed with a real HTML parser (jsoup). Offers are synthetic; bands the guide's. */
class HtmlReportTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 23);

  private static Document single(Offer offer) {
    Evaluation e = Offers.shipped().evaluate(offer, ON, Explain.NONE);
    return Jsoup.parse(HtmlReport.single(e, "rules", "data"));
  }

  private static double markerX(Element svg, String role) {
    Element g = svg.selectFirst("g[data-role=" + role + "]");
    assertNotNull(g, "no " + role + " marker in " + svg);
    String t = g.attr("transform");
    return Double.parseDouble(t.substring("translate(".length(), t.indexOf(',')));
  }

  @Test
  void anOfferAtTheBandMidpointSitsAtTheChartsCentre() {
    Document doc = single(Offers.twilioSf().base("175000").stock("180000").bonus("12.5").build());
    for (Element svg : doc.select("figure.chart svg")) {
      if (svg.selectFirst("title").text().startsWith("Annual total")) {
        continue; // total comp is placed against the stated range, whose midpoint this offer does not hit
      }
      assertEquals(320.0, markerX(svg, "offer"), 0.001, svg.selectFirst("title").text());
      assertEquals("320", svg.selectFirst("line[data-role=midpoint]").attr("x1"));
    }
  }

  @Test
  void seedExampleMarkersSitAtTheirValuesOnTheAxis() {
    // base band 150,000–200,000 (midpoint 175,000); markers 170,000 and 195,000 twice.
    // half-width = max(25,000, 5,000, 20,000) x 1.12 = 28,000, so the axis runs 147,000–203,000 over 560 px from x=40.
    Document doc = single(Offers.seedExample());
    Element base = doc.select("figure.chart svg").get(0);
    assertEquals("Base salary", base.selectFirst("title").text());
    assertEquals(270.0, markerX(base, "offer"), 0.001);      // 40 + 560 x 23/56
    assertEquals(520.0, markerX(base, "competing"), 0.001);  // 40 + 560 x 48/56
    assertEquals(520.0, markerX(base, "counter"), 0.001);
    Element band = base.selectFirst("rect.band");
    assertEquals("70", band.attr("x"));                      // 40 + 560 x 3/56
    assertEquals("500", band.attr("width"));                 // 50,000 of 56,000 x 560
  }

  @Test
  void eachChartHasATextAlternativeWithTheNumbers() {
    Document doc = single(Offers.seedExample());
    List<Element> charts = doc.select("figure.chart svg");
    assertEquals(4, charts.size());
    for (Element svg : charts) {
      assertEquals("img", svg.attr("role"));
      String[] ids = svg.attr("aria-labelledby").split(" ");
      assertEquals(2, ids.length);
      assertNotNull(doc.getElementById(ids[0]));
      assertNotNull(doc.getElementById(ids[1]));
    }
    String desc = charts.get(0).selectFirst("desc").text();
    assertEquals("Band $150,000 to $200,000, midpoint $175,000. Offer $170,000, in band."
        + " Competing (Snowflake) $195,000. Counter $195,000.", desc);
    assertTrue(charts.get(0).parent().selectFirst("figcaption").text().contains("Offer $170,000, in band"));
  }

  @Test
  void markersDifferByShapeAndLabelNotOnlyColour() {
    Element svg = single(Offers.seedExample()).select("figure.chart svg").get(0);
    assertNotNull(svg.selectFirst("g[data-role=offer] circle"));
    assertEquals("M0,-9 L8,6 L-8,6 Z", svg.selectFirst("g[data-role=competing] path").attr("d"));
    assertEquals("M0,-9 L9,0 L0,9 L-9,0 Z", svg.selectFirst("g[data-role=counter] path").attr("d"));
    assertEquals(3, svg.select("text.marker-label").size());
  }

  @Test
  void aCompetitorsLabelAtTheChartsEdgeStaysInsideIt() {
    // a long name and a base far above the band put the competing marker at the right edge
    Document doc = single(Offers.twilioSf().competing("Databricks Data Intelligence", "IC2", "260000", "160000", "USD")
        .build());
    Element svg = doc.select("figure.chart svg").get(0);
    assertTrue(markerX(svg, "competing") > 560, "the marker sits near the right edge");
    for (Element label : svg.select("text.marker-label")) {
      double x = Double.parseDouble(label.attr("x"));
      double width = label.text().length() * BandChart.CHAR_WIDTH;
      double left = switch (label.attr("text-anchor")) {
        case "start" -> x;
        case "end" -> x - width;
        default -> x - width / 2;
      };
      assertTrue(left >= 0 && left + width <= BandChart.WIDTH, label.text() + " runs from " + left + " to "
          + (left + width) + ", outside 0–" + BandChart.WIDTH);
    }
    // near miss: a label with room to spare stays centred under its marker
    Element seed = single(Offers.seedExample()).select("figure.chart svg").get(0);
    assertEquals("middle", seed.selectFirst("text.marker-label.offer").attr("text-anchor"));
  }

  @Test
  void talkingPointsScriptAndPolicyCarryProvenanceMarksAndALegend() {
    Document doc = single(Offers.seedExample());
    Element levers = doc.select("main > ul").first();
    for (Element li : levers.select("> li")) {
      assertEquals("a", li.selectFirst("q + sup.mark").text(), li.text());
      assertTrue(li.selectFirst(".source").text().startsWith("Adapted from: Data Engineer | Twilio Global"), li.text());
    }
    assertTrue(doc.select("h2, h3").stream().anyMatch(h -> h.text().equals("Script a")), "the script is adapted");
    assertTrue(doc.select("h2, h3").stream().anyMatch(h -> h.text().equals("Counter-offer p")), "the counter is policy");
    assertTrue(doc.text().contains("Adapted from: Data Engineer | Twilio Global Negotiation Guide, Negotiate Up Strategy"
        + " (000_89e5badf11359f5c.txt:31)"));
    List<String> legend = doc.select("ul.legend li").eachText();
    assertEquals(2, legend.size(), legend.toString());
    assertTrue(legend.get(1).startsWith("[p] this project's own policy or wording, not the guide's"), legend.toString());
    // near miss: an offer from a company with no script of the guide's gets the project's own words
    Document general = single(Offers.twilioSf().competing("Google", "L3", "195000", "230000", "USD").build());
    assertTrue(general.select("h2, h3").stream().anyMatch(h -> h.text().equals("Script p")),
        general.select("h2, h3").eachText().toString());
    assertFalse(general.text().contains("Adapted from: Data Engineer | Twilio Global Negotiation Guide, Negotiate Up"));
  }

  @Test
  void singleReportHasLeversCounterScriptSourcesAndNoNetwork() {
    Document doc = single(Offers.seedExample());
    assertEquals(5, doc.select("main > ul").first().select("li").size());
    assertTrue(doc.selectFirst("pre.script").text().contains("$195K base with $230K in stock"));
    assertTrue(doc.text().contains("Levels.fyi Twilio Data Engineer Compensation Data, January 2026"));
    assertTrue(doc.text().contains("as of 2026-02-01"));
    assertTrue(doc.select("[src], link[href]").isEmpty(), "the report must load nothing");
  }

  @Test
  void aStaleBandIsFlagged() {
    Evaluation e = Offers.shipped().evaluate(Offers.seedExample(), LocalDate.of(2027, 6, 1), Explain.NONE);
    Document doc = Jsoup.parse(HtmlReport.single(e, "rules", "data"));
    assertEquals("STALE on 2027-06-01", doc.selectFirst(".stale").text());
  }

  @Test
  void hostileTextRendersAsTextInBothReports() {
    String hostile = "<script>alert(1)</script>";
    Offer offer = Offers.twilioSf().id(hostile).company(hostile).skills(hostile, "cdp").build();
    Evaluation e = Offers.shipped().evaluate(offer, ON, Explain.NONE);
    Document one = Jsoup.parse(HtmlReport.single(e, "rules", "data"));
    assertTrue(one.text().contains(hostile), "shown as text");
    assertTrue(one.select("script").stream().noneMatch(s -> s.data().contains("alert(1)")));

    String batchHtml = HtmlReport.batch(List.of(new BatchRow(new OfferRow(2, hostile, offer, List.of(), Map.of()), e)),
        "rules", "data", e.fingerprint());
    Document batch = Jsoup.parse(batchHtml);
    assertTrue(batch.text().contains(hostile));
    assertTrue(batch.select("script").stream().noneMatch(s -> s.data().contains("<script>")), "JSON escapes <");
    assertFalse(batchHtml.contains("<script>alert(1)"));
  }

  @Test
  void batchDetailCarriesTheSameChartGeometryAsTheSingleReport() throws Exception {
    Evaluation e = Offers.shipped().evaluate(Offers.seedExample(), ON, Explain.NONE);
    Offer offer = Offers.seedExample();
    Document batch = Jsoup.parse(HtmlReport.batch(List.of(new BatchRow(new OfferRow(2, "seed", offer, List.of(), Map.of()), e)),
        "rules", "data", e.fingerprint()));
    JsonNode data = EvaluationJson.reader().readTree(batch.getElementById("offer-data").data());
    JsonNode base = data.get(0).get("c").get(0);
    assertEquals("Base salary", base.get("t").asText());
    assertEquals("70", base.get("x0").asText());
    assertEquals("570", base.get("x1").asText());
    assertEquals("270", base.get("k").get(0).get(1).asText());
    assertEquals("offer", base.get("k").get(0).get(0).asText());
    assertEquals("0", batch.selectFirst("details#offer-line-2").attr("data-i"));
    assertTrue(batch.selectFirst("details#offer-line-2").hasClass("lazy"), "collapsed until opened");
    assertEquals(List.of("1", "0", "0", "0"), batch.select("#status-counts td").eachText()); // OK NO_BAND INVALID ERROR
  }
}
