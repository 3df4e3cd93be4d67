package dev.offereval.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * One horizontal band chart as inline SVG: the band's min–max bar with its midpoint, and a marker
 * for each of offer, competing offer and counter. The axis is centred on the band midpoint, so an
 * offer at the midpoint sits at the chart's centre. Each marker has its own shape and a text
 * label, so colour never carries meaning alone; {@code <title>} and {@code <desc>} give the
 * numbers to screen readers.
 */
final class BandChart {
  static final int WIDTH = 640;
  static final int HEIGHT = 112;
  static final int LEFT = 40;
  static final int PLOT = 560;
  static final int BAND_Y = 46;

  /** A marker: its role (offer, competing, counter), label and value. */
  record Marker(String role, String label, BigDecimal value) {}

  private BandChart() {}

  /** Where {@code value} falls on an axis of {@code PLOT} pixels centred on {@code mid}. */
  static double x(BigDecimal value, BigDecimal mid, BigDecimal half) {
    BigDecimal fraction = value.subtract(mid.subtract(half)).divide(half.multiply(BigDecimal.valueOf(2)), MathContext.DECIMAL64);
    return LEFT + PLOT * fraction.doubleValue();
  }

  /** The half-width of the axis: room for the band and every marker, with a margin. */
  static BigDecimal halfWidth(BigDecimal min, BigDecimal max, List<Marker> markers) {
    BigDecimal mid = min.add(max).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    BigDecimal half = max.subtract(mid);
    for (Marker m : markers) {
      half = half.max(m.value().subtract(mid).abs());
    }
    half = half.multiply(new BigDecimal("1.12"));
    return half.signum() == 0 ? BigDecimal.ONE : half;
  }

  /** The chart as numbers, for the batch report's script to draw: the same geometry as {@link #render}. */
  static com.fasterxml.jackson.databind.node.ObjectNode geometry(String title, BigDecimal min, BigDecimal max,
      List<Marker> markers, Function<BigDecimal, String> format, String zone) {
    BigDecimal mid = min.add(max).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    BigDecimal half = halfWidth(min, max, markers);
    var o = EvaluationJson.JSON.createObjectNode();
    o.put("t", title);
    o.put("x0", f(x(min, mid, half)));
    o.put("x1", f(x(max, mid, half)));
    o.put("xm", f(x(mid, mid, half)));
    o.put("lo", format.apply(min));
    o.put("hi", format.apply(max));
    o.put("d", description(min, max, mid, markers, format, zone));
    var ms = o.putArray("k");
    for (Marker m : markers) {
      ms.addArray().add(m.role()).add(f(x(m.value(), mid, half))).add(m.label() + " " + format.apply(m.value()))
          .add(m.value().toPlainString());
    }
    return o;
  }

  static Element render(Element parent, String id, String title, BigDecimal min, BigDecimal max,
      List<Marker> markers, Function<BigDecimal, String> format, String zone) {
    BigDecimal mid = min.add(max).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    BigDecimal half = halfWidth(min, max, markers);
    Element figure = parent.appendElement("figure").addClass("chart");
    Element svg = figure.appendElement("svg")
        .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT)
        .attr("width", Integer.toString(WIDTH))
        .attr("height", Integer.toString(HEIGHT))
        .attr("role", "img")
        .attr("aria-labelledby", id + "-title " + id + "-desc")
        .attr("data-min", min.toPlainString())
        .attr("data-max", max.toPlainString());
    svg.appendElement("title").attr("id", id + "-title").text(title);
    svg.appendElement("desc").attr("id", id + "-desc").text(description(min, max, mid, markers, format, zone));
    double x0 = x(min, mid, half);
    double x1 = x(max, mid, half);
    svg.appendElement("line").attr("class", "axis").attr("x1", f(LEFT)).attr("x2", f(LEFT + PLOT))
        .attr("y1", f(BAND_Y + 8)).attr("y2", f(BAND_Y + 8));
    svg.appendElement("rect").attr("class", "band").attr("x", f(x0)).attr("y", f(BAND_Y))
        .attr("width", f(x1 - x0)).attr("height", "16");
    svg.appendElement("line").attr("class", "midpoint").attr("data-role", "midpoint")
        .attr("x1", f(x(mid, mid, half))).attr("x2", f(x(mid, mid, half)))
        .attr("y1", f(BAND_Y - 6)).attr("y2", f(BAND_Y + 22));
    text(svg, x0, BAND_Y + 40, "end-label", format.apply(min));
    text(svg, x1, BAND_Y + 40, "end-label", format.apply(max));
    int[] labelY = {14, 30, 104};
    for (int i = 0; i < markers.size(); i++) {
      Marker m = markers.get(i);
      double mx = x(m.value(), mid, half);
      Element g = svg.appendElement("g").addClass("marker").addClass(m.role()).attr("data-role", m.role())
          .attr("data-value", m.value().toPlainString())
          .attr("transform", "translate(" + f(mx) + "," + (BAND_Y + 8 + lane(m.role())) + ")");
      switch (m.role()) {
        case "offer" -> g.appendElement("circle").attr("r", "7");
        case "competing" -> g.appendElement("path").attr("d", "M0,-9 L8,6 L-8,6 Z");
        default -> g.appendElement("path").attr("d", "M0,-9 L9,0 L0,9 L-9,0 Z");
      }
      text(svg, mx, labelY[Math.min(i, 2)], "marker-label " + m.role(), m.label() + " " + format.apply(m.value()));
    }
    Element caption = figure.appendElement("figcaption");
    caption.appendElement("strong").text(title + ".");
    caption.appendText(" " + description(min, max, mid, markers, format, zone));
    return figure;
  }

  /**
   * Vertical offset of a marker's lane: markers that share a value stay visible side by side. The
   * horizontal position alone carries the value.
   */
  static int lane(String role) {
    return switch (role) {
      case "competing" -> -11;
      case "counter" -> 11;
      default -> 0;
    };
  }

  private static String description(BigDecimal min, BigDecimal max, BigDecimal mid, List<Marker> markers,
      Function<BigDecimal, String> format, String zone) {
    List<String> parts = new ArrayList<>();
    parts.add("Band " + format.apply(min) + " to " + format.apply(max) + ", midpoint " + format.apply(mid) + ".");
    for (Marker m : markers) {
      parts.add(m.label() + " " + format.apply(m.value()) + (m.role().equals("offer") && zone != null ? ", " + zone : "") + ".");
    }
    return String.join(" ", parts);
  }

  /** A generous width per character of the 12px label font, so a label is never cut at an edge. */
  static final double CHAR_WIDTH = 7;
  static final int MARGIN = 4;

  /**
   * A label centred under its marker, unless centring would run it past an edge of the chart: then
   * it starts at the left margin or ends at the right one, so a competitor's name stays inside.
   */
  private static void text(Element svg, double x, int y, String cls, String content) {
    double half = content.length() * CHAR_WIDTH / 2;
    String anchor = "middle";
    double at = x;
    if (x - half < MARGIN) {
      anchor = "start";
      at = Math.max(MARGIN, Math.min(x - 10, WIDTH - MARGIN - 2 * half));
    } else if (x + half > WIDTH - MARGIN) {
      anchor = "end";
      at = Math.min(WIDTH - MARGIN, Math.max(x + 10, MARGIN + 2 * half));
    }
    svg.appendElement("text").attr("class", cls).attr("x", f(at)).attr("y", Integer.toString(y))
        .attr("text-anchor", anchor).text(content);
  }

  static String f(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
