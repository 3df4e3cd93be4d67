package dev.offereval.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The serve page in a real browser: Debian's chromium driven through its chromedriver by Selenium
 * (both from /usr/bin, which .ci/run installs; Selenium Manager never runs or downloads). Fills the
 * seed example, sees the counter and the script, changes the base and sees the result follow, adds
 * and removes a competing offer, and uploads the sample batch. The screenshot it takes is the
 * README's (copied to docs/images/serve-page.png).
 */
class ServePageBrowserTest {
  static OfferServer server;
  static HeadlessChromium browser;
  static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    server = Http.start(Http.evaluator(), null);
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
  void theSeedExampleEvaluatesInPlaceAndFollowsEachChange() throws Exception {
    driver.get("http://127.0.0.1:" + server.port() + "/");
    js("window.cspViolations = []; document.addEventListener('securitypolicyviolation',"
        + " function (e) { window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });");
    choose("company", "Twilio");
    choose("role", "Data Engineer");
    choose("level", "L2");
    choose("region", "denver");
    // the pickers read /api/catalog: the chosen band's date and file, and the competing levels by company
    await("the catalog", () -> "loaded".equals(driver.findElement(By.id("offer-form")).getAttribute("data-catalog"))
        ? "" : null);
    await("the Denver band's note", () -> text("#band-note").contains("(bands/twilio-data-engineer.yaml:26)") ? "" : null);
    choose("region", "san-francisco");
    await("the San Francisco band's note", () -> text("#band-note").equals("Band as of 2026-02-01, "
        + (java.time.LocalDate.now().isAfter(java.time.LocalDate.of(2027, 2, 1)) ? "stale since" : "current until")
        + " 2027-02-01 (bands/twilio-data-engineer.yaml:18)") ? "" : null);
    assertEquals(List.of("Twilio L2", "Google L3", "Meta E3", "Snowflake IC2", "Databricks IC2"),
        js("return Array.from(document.querySelectorAll('#competing-levels option')).map(function (o) {"
            + " return o.label; });"));
    type(driver.findElement(By.id("base")), "170000");
    type(driver.findElement(By.id("stock_grant")), "160000");
    type(driver.findElement(By.id("bonus_pct")), "10");
    for (String skill : List.of("cdp", "kafka", "flink", "feature-store")) {
      driver.findElement(By.id("skill-" + skill)).click();
    }
    driver.findElement(By.id("add-competing")).click();
    WebElement first = competing().get(0);
    type(first.findElement(By.name("competing_company")), "Snowflake");
    type(first.findElement(By.name("competing_level")), "IC2");
    type(first.findElement(By.name("competing_base")), "195000");
    type(first.findElement(By.name("competing_stock_grant")), "230000");
    driver.findElement(By.id("evaluate")).click();

    String counter = await("the counter $195,000 / $230,000", () -> {
      String t = counterTable();
      return t.contains("$195,000") && t.contains("$230,000") ? t : null;
    });
    assertTrue(counter.contains("Base"), counter);
    String script = text("#result pre.script");
    assertTrue(script.contains("195") && script.contains("230"), script);
    assertEquals(4, driver.findElements(By.cssSelector("#result figure.chart svg")).size(), "the report's four charts");
    js("window.scrollTo(0, 0);");
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), HeadlessChromium.SHOTS.resolve("serve-page.png"), StandardCopyOption.REPLACE_EXISTING);
    assertTrue(Files.size(HeadlessChromium.SHOTS.resolve("serve-page.png")) > 20_000, "the screenshot looks empty");

    // what-if: a new base redraws the result without reloading the page
    js("document.body.setAttribute('data-same-page', 'yes');");
    type(driver.findElement(By.id("base")), "180000");
    await("the base chart to show the new offer", () ->
        text("#result figure.chart desc").contains("Offer $180,000") ? "" : null);
    assertEquals("yes", driver.findElement(By.tagName("body")).getAttribute("data-same-page"), "no full reload");

    // a second competing offer, then removed again
    driver.findElement(By.id("add-competing")).click();
    assertEquals(2, competing().size());
    WebElement second = competing().get(1);
    type(second.findElement(By.name("competing_company")), "Databricks");
    type(second.findElement(By.name("competing_level")), "IC2");
    type(second.findElement(By.name("competing_base")), "199000");
    type(second.findElement(By.name("competing_stock_grant")), "240000");
    await("the counter to follow the higher Databricks offer", () -> counterTable().contains("$199,000")
        && text("#result").contains("Databricks") ? "" : null);
    second.findElement(By.cssSelector("button.remove")).click();
    assertEquals(1, competing().size());
    await("the counter back at Snowflake's $195,000 / $230,000", () -> !text("#result").contains("Databricks")
        && counterTable().contains("$195,000") && counterTable().contains("$230,000") ? "" : null);
    assertEquals(List.of(), js("return window.cspViolations;"), "the Content-Security-Policy blocked something");
  }

  @Test
  void theSampleBatchUploadsAndComesBackAsTwentyRows() throws Exception {
    driver.get("http://127.0.0.1:" + server.port() + "/");
    driver.findElement(By.id("batch-file")).sendKeys(Path.of("data/offers/sample-offers.csv").toAbsolutePath().toString());
    driver.findElement(By.id("batch-submit")).click();
    await("20 evaluated rows", () -> driver.findElements(By.cssSelector("#batch-result tbody tr")).size() == 20 ? "" : null);
    String summary = text("#batch-result p");
    assertTrue(summary.startsWith("20 rows: OK 15, NO_BAND 3, INVALID 2, ERROR 0"), summary);
    List<WebElement> first = driver.findElements(By.cssSelector("#batch-result tbody tr:first-child td"));
    assertEquals("seed-example", first.get(0).getText());
    assertEquals("OK", first.get(1).getText());
    assertEquals("195000.00", first.get(3).getText());
    assertEquals("sample-offers-evaluated.csv", driver.findElement(By.id("batch-download")).getAttribute("download"));
  }

  private static List<WebElement> competing() {
    return driver.findElements(By.cssSelector("#competing-list fieldset.competing-offer"));
  }

  private static void choose(String select, String value) {
    driver.findElement(By.cssSelector("#" + select + " option[value='" + value + "']")).click();
  }

  private static void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  /** The text of the report's counter-offer table (the one after its "Counter-offer" heading). */
  private static String counterTable() {
    List<WebElement> found = driver.findElements(
        By.xpath("//div[@id='result']//h3[starts-with(normalize-space(), 'Counter-offer')]/following-sibling::table[1]"));
    return found.isEmpty() ? "" : found.get(0).getAttribute("textContent");
  }

  private static String text(String css) {
    return browser.text(css);
  }

  private static Object js(String script) {
    return browser.js(script);
  }

  private static String await(String what, Supplier<String> value) throws InterruptedException {
    return browser.await(what, value, "#result");
  }
}
