package dev.offereval.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven through its chromedriver by Selenium (both from /usr/bin,
 * which .ci/run installs; Selenium Manager never runs or downloads), for the page tests: the
 * driver, and reading, scripting and waiting on the page.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  static final Path SHOTS = Path.of("target/screenshots");
  /** How long to wait for the page to answer; a bound on waiting, not a speed requirement. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private final ChromeDriverService service;
  final WebDriver driver;

  private HeadlessChromium(ChromeDriverService service, WebDriver driver) {
    this.service = service;
    this.driver = driver;
  }

  /** A browser in a window of 1280 by 2000, with a profile of its own; fails when chromium is not installed. */
  static HeadlessChromium start() throws IOException {
    assertTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "the browser test needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver"
            + " (.ci/run does this)");
    Files.createDirectories(SHOTS);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,2000", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    return new HeadlessChromium(service, new ChromeDriver(service, options));
  }

  /** The text of the first element {@code css} selects, or "" when there is none. */
  String text(String css) {
    List<WebElement> found = driver.findElements(By.cssSelector(css));
    return found.isEmpty() ? "" : found.get(0).getAttribute("textContent");
  }

  Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /**
   * Polls until {@code value} gives a non-null result; fails after {@link #PATIENCE}, showing the
   * text of {@code shown} (a CSS selector). The pages redraw as the user types, so an element read
   * in one poll may be replaced before the next call: a stale element means "not yet".
   */
  String await(String what, Supplier<String> value, String shown) throws InterruptedException {
    long end = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < end) {
      String v;
      try {
        v = value.get();
      } catch (StaleElementReferenceException redrawn) {
        v = null;
      }
      if (v != null) {
        return v;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "; the page shows: " + text(shown));
  }

  @Override
  public void close() {
    driver.quit();
    service.stop();
  }
}
