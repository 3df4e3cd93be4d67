package dev.offereval.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offereval.store.Negotiations;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The negotiations page in a real browser, as {@link ServePageBrowserTest} drives the offer page
 * (Debian's chromium and chromedriver from /usr/bin, headless, the server on loopback): reached
 * from the offer page, starts a negotiation through its form, records a second round from the form
 * filled in from the first, and sees both rounds in the timeline and two offer points in the chart.
 */
class NegotiationPageBrowserTest {
  static OfferServer server;
  static HeadlessChromium browser;
  static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    Path db = Files.createTempDirectory("negotiation-page").resolve("n.db");
    server = Http.start(Http.evaluator(), null, Negotiations.open(db));
    browser = HeadlessChromium.start();
    driver = browser.driver;
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void startANegotiationThenRecordASecondRoundFromThePrefilledForm() throws Exception {
    driver.get("http://127.0.0.1:" + server.port() + "/");
    driver.findElement(By.id("to-negotiations")).click();
    await("the empty list", () -> text("#list-note").startsWith("None yet") ? "" : null);
    js("window.cspViolations = []; document.addEventListener('securitypolicyviolation',"
        + " function (e) { window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });");

    choose("company", "Twilio");
    choose("role", "Data Engineer");
    choose("level", "L2");
    choose("region", "san-francisco");
    type("base", "170000");
    type("stock_grant", "160000");
    type("bonus_pct", "10");
    for (String skill : List.of("cdp", "kafka", "flink", "feature-store")) {
      driver.findElement(By.id("skill-" + skill)).click();
    }
    type("competing-company", "Snowflake");
    type("competing-level", "IC2");
    type("competing-base", "195000");
    type("competing-stock_grant", "230000");
    type("start-note", "the first offer, by phone");
    driver.findElement(By.id("start")).click();

    await("round 1 in the timeline", () -> rounds().size() == 1 ? "" : null);
    assertTrue(driver.getCurrentUrl().endsWith("/negotiations?id=1"), driver.getCurrentUrl());
    assertEquals("Negotiation 1 with Twilio", text("#negotiation-title"));
    String round1 = rounds().get(0).getAttribute("textContent");
    assertTrue(round1.contains("$170,000 base") && round1.contains("Snowflake IC2") && round1.contains("$195,000 base"),
        round1);
    assertTrue(round1.contains("the first offer, by phone"), round1);
    // the next round's form is filled in from round 1
    assertEquals("170000", value("round-base"));
    assertEquals("160000", value("round-stock_grant"));
    assertEquals("10", value("round-bonus_pct"));
    assertEquals("even", value("round-vest_schedule"), "as --vest-schedule writes it, not as the timeline describes it");

    type("round-base", "185000");
    type("round-note", "the recruiter moved the base");
    driver.findElement(By.id("record-round")).click();
    await("round 2 in the timeline", () -> rounds().size() == 2 ? "" : null);
    String round2 = rounds().get(1).getAttribute("textContent");
    assertTrue(round2.contains("Base $170,000 → $185,000 (60% of the way to the $195,000 asked)"), round2);
    assertTrue(round2.contains("Stock grant unchanged at $160,000"), round2);
    assertEquals("185000", value("round-base"), "the form follows the last round");

    await("the chart with both rounds", () -> driver.findElements(By.cssSelector("#chart svg circle.point.offer")).size() == 2
        && driver.findElements(By.cssSelector("#chart svg circle.point.competing")).size() == 2 ? "" : null);
    assertEquals(2, driver.findElements(By.cssSelector("#chart svg circle.point.ask")).size());
    String desc = text("#chart svg desc");
    assertTrue(desc.contains("Round 1: offer $227,000, asked $272,000, best competing $252,500"), desc);
    assertTrue(desc.contains("Round 2: offer $243,500"), desc);
    await("the list with the negotiation's two rounds", () ->
        text("#negotiations tbody tr").contains("Twilio") && text("#negotiations tbody tr td:nth-child(4)").equals("2")
            ? "" : null);

    js("window.scrollTo(0, 0);");
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path png = HeadlessChromium.SHOTS.resolve("negotiation-page.png");
    Files.copy(shot.toPath(), png, StandardCopyOption.REPLACE_EXISTING);
    assertTrue(Files.size(png) > 20_000, "the screenshot looks empty");
    assertEquals(List.of(), js("return window.cspViolations;"), "the Content-Security-Policy blocked something");

    // a value that is not one: the reason in the form's alert, nothing recorded
    type("round-base", "190k");
    driver.findElement(By.id("record-round")).click();
    String problem = await("the reason", () -> {
      String t = text("#round-problem");
      return driver.findElement(By.id("round-problem")).isDisplayed() && !t.isEmpty() ? t : null;
    });
    assertTrue(problem.startsWith("base '190k' is not an amount"), problem);
    assertEquals(2, rounds().size());

    // the view's address opens it again, from the server's answer alone
    driver.navigate().refresh();
    await("both rounds after a reload", () -> rounds().size() == 2 ? "" : null);
    assertEquals("185000", value("round-base"));
  }

  private static List<WebElement> rounds() {
    return driver.findElements(By.cssSelector("#timeline > li.round"));
  }

  private static void choose(String select, String value) {
    driver.findElement(By.cssSelector("#" + select + " option[value='" + value + "']")).click();
  }

  private static void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private static String value(String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  private static String text(String css) {
    return browser.text(css);
  }

  private static Object js(String script) {
    return browser.js(script);
  }

  private static String await(String what, Supplier<String> value) throws InterruptedException {
    return browser.await(what, value, "body");
  }
}
