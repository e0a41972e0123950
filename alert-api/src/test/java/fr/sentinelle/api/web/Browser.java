package fr.sentinelle.api.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver: no browser or driver download
 * (Selenium Manager is never asked, both paths are given), a fresh profile, and the flags that keep
 * Chromium from calling Google's hosts on a closed network.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final Path profile;
  private final ChromeDriver driver;
  private final Duration patience;

  private Browser(Path profile, ChromeDriver driver, Duration patience) {
    this.profile = profile;
    this.driver = driver;
    this.patience = patience;
  }

  static Browser start(Duration patience) throws IOException {
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", "
            + CHROMEDRIVER + "): apt-get install chromium chromium-driver (.ci/run installs them)");
    Path profile = Files.createTempDirectory("sentinelle-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-crash-reporter", "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--lang=fr-FR", "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new Browser(profile, new ChromeDriver(service, options), patience);
  }

  WebDriver driver() {
    return driver;
  }

  WebElement find(By by) {
    return driver.findElement(by);
  }

  /** Bounded polling until the condition holds; on timeout the message carries what the page shows. */
  <T> T await(String what, Function<WebDriver, T> condition) {
    try {
      // Stale elements are retried: live updates redraw parts of the page while it is read.
      return new WebDriverWait(driver, patience, Duration.ofMillis(100))
          .ignoring(StaleElementReferenceException.class).until(condition);
    } catch (TimeoutException e) {
      throw new AssertionError("timed out waiting for " + what + "\n--- page text ---\n"
          + driver.findElement(By.tagName("body")).getText() + "\n--- console ---\n" + console(), e);
    }
  }

  String console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(Object::toString).collect(Collectors.joining("\n"));
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
