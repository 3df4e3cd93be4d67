package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML reports in headless Chromium (Debian's chromium; .ci/run installs it): screenshots kept
 * under target/screenshots, no console message of any kind, text alternatives with the numbers,
 * lazy batch detail drawn on opening, and hostile text that never runs.
 */
class BrowserReportTest {
  static final Path OUT = Path.of("target/browser");
  static final Path SHOTS = Path.of("target/screenshots");
  static final String[] SEED = {"--company", "Twilio", "--role", "Data Engineer", "--level", "L2", "--region",
      "san-francisco", "--base", "170000", "--stock", "160000", "--bonus-pct", "10", "--skills",
      "cdp,kafka,flink,feature-store", "--competing-company", "Snowflake", "--competing-level", "IC2",
      "--competing-base", "195000", "--competing-stock", "230000", "--as-of", "2026-11-23"};
  static final String PWN = "document.body.setAttribute('data-pwned','1')";

  @BeforeAll
  static void chromiumIsInstalled() throws IOException {
    assertTrue(Files.isExecutable(Path.of(chromium())),
        "headless Chromium is needed: apt-get install chromium (.ci/run does this)");
    Files.createDirectories(OUT);
    Files.createDirectories(SHOTS);
  }

  static String chromium() {
    return System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
  }

  /** Runs headless Chromium on a page; returns {stdout, stderr}. */
  static String[] browse(Path page, String hash, String... mode) throws Exception {
    Path profile = Files.createTempDirectory("chromium-profile");
    List<String> cmd = new ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
        "--virtual-time-budget=3000"));
    cmd.addAll(List.of(mode));
    cmd.add(page.toAbsolutePath().toUri() + hash);
    Path out = Files.createTempFile("chromium", ".out");
    Path err = Files.createTempFile("chromium", ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 90 s");
    }
    return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)};
  }

  static List<String> console(String stderr) {
    return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
  }

  static Path write(String name, Cli cli) throws IOException {
    Path page = OUT.resolve(name);
    Files.writeString(page, cli.out(), StandardCharsets.UTF_8);
    return page;
  }

  @Test
  void singleOfferReportRendersWithoutConsoleMessages() throws Exception {
    List<String> args = new ArrayList<>(List.of("offer"));
    args.addAll(List.of(SEED));
    args.addAll(List.of("--format", "html"));
    Path page = write("single.html", Cli.run(args.toArray(String[]::new)));

    String[] shot = browse(page, "", "--window-size=1100,1900", "--screenshot=" + SHOTS.resolve("single.png").toAbsolutePath());
    assertEquals(List.of(), console(shot[1]));
    assertTrue(Files.size(SHOTS.resolve("single.png")) > 20_000, "screenshot looks empty");

    Document dom = Jsoup.parse(browse(page, "", "--dump-dom")[0]);
    Element base = dom.selectFirst("figure.chart svg");
    assertEquals("Band $150,000 to $200,000, midpoint $175,000. Offer $170,000, in band. Competing (Snowflake)"
        + " $195,000. Counter $195,000.", base.selectFirst("desc").text());
  }

  @Test
  void batchReportRendersAndDrawsAnOffersDetailWhenOpened() throws Exception {
    Path page = write("batch.html", Cli.run("evaluate", "data/offers/sample-offers.csv", "--format", "html",
        "--as-of", "2026-11-23", "-q"));

    String[] shot = browse(page, "", "--window-size=1100,1600", "--screenshot=" + SHOTS.resolve("batch.png").toAbsolutePath());
    assertEquals(List.of(), console(shot[1]));

    String[] dump = browse(page, "#offer-line-2", "--dump-dom");
    assertEquals(List.of(), console(dump[1]));
    Document dom = Jsoup.parse(dump[0]);
    Element seed = dom.getElementById("offer-line-2");
    assertTrue(seed.hasAttr("open"), "the linked offer opens");
    assertEquals(4, seed.select("svg").size(), "its charts are drawn");
    assertEquals("Band $150,000 to $200,000, midpoint $175,000. Offer $170,000, in band. Competing (Snowflake)"
        + " $195,000. Counter $195,000.", seed.selectFirst("svg desc").text());
    assertEquals("translate(270,54)", seed.selectFirst("g[data-role=offer]").attr("transform"));
    assertTrue(dom.getElementById("offer-line-3").hasClass("lazy"), "other offers stay collapsed and undrawn");
  }

  @Test
  void hostileCompanyAndSkillsNeverRun() throws Exception {
    String img = "<img src=x onerror=\"" + PWN + "\">";
    String script = "<script>" + PWN + "</script>";
    Path csv = OUT.resolve("hostile.csv");
    Files.writeString(csv, "offer_id,company,role,level,region,currency,base,skills\n"
        + "\"" + script.replace("\"", "\"\"") + "\",\"" + img.replace("\"", "\"\"") + "\",Data Engineer,L2,denver,USD,"
        + "150000,\"cdp;" + script.replace("\"", "\"\"") + "\"\n"
        + "\"x" + img.replace("\"", "\"\"") + "\",Twilio,Data Engineer,L2,denver,USD,150000,\"cdp;kafka;"
        + img.replace("\"", "\"\"") + "\"\n", StandardCharsets.UTF_8);
    Path batch = write("hostile-batch.html", Cli.run("evaluate", csv.toString(), "--format", "html", "-q"));
    for (String hash : List.of("#offer-line-2", "#offer-line-3")) {
      String[] dump = browse(batch, hash, "--dump-dom");
      Document dom = Jsoup.parse(dump[0]);
      assertEquals("", dom.body().attr("data-pwned"), "a payload ran");
      assertTrue(dom.text().contains(script), "the payload shows as text");
      assertEquals(List.of(), console(dump[1]));
    }
    List<String> args = new ArrayList<>(List.of("offer", "--company", script, "--role", "Data Engineer", "--level",
        "L2", "--region", "denver", "--base", "150000", "--skills", "cdp," + img, "--format", "html"));
    Path single = write("hostile-single.html", Cli.run(args.toArray(String[]::new)));
    Document dom = Jsoup.parse(browse(single, "", "--dump-dom")[0]);
    assertEquals("", dom.body().attr("data-pwned"), "a payload ran");
    assertTrue(dom.text().contains(script), "the payload shows as text");
  }
}
