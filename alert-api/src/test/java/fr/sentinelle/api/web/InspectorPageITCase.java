package fr.sentinelle.api.web;

import static fr.sentinelle.api.TestAlerts.HYGIENE;
import static fr.sentinelle.api.TestAlerts.WATER;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.api.TestAlerts;
import fr.sentinelle.api.cases.CaseIds;
import fr.sentinelle.api.state.AlertStreams;
import fr.sentinelle.avro.alert.Alert;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The inspectors' page in headless Chromium, against the real service and a real broker. The
 * methods run in order as one inspector's session: log in, see his department's cases only, get
 * a new one live, find it on the map, acknowledge one with the keyboard, close one as a false
 * positive, log out.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InspectorPageITCase implements TestPropertyProvider {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private static final Alert PARIS_RESTAURANT = TestAlerts.alert("p1", HYGIENE, "75", T0);
  private static final Alert PARIS_WATER = unlocated(TestAlerts.alert("p2", WATER, "75", T0.plusSeconds(60)));
  private static final Alert MARSEILLE_RESTAURANT = TestAlerts.alert("o1", HYGIENE, "13", T0.plusSeconds(120));
  private static final Alert LATE_PARIS_RESTAURANT = TestAlerts.alert("p3", HYGIENE, "75", T0.plusSeconds(180));

  private final PageService service = new PageService();
  private Browser browser;

  @Inject EmbeddedServer server;
  @Inject @Client("/") HttpClient http;
  @Inject AlertStreams streams;

  @Override
  public Map<String, String> getProperties() {
    return service.start();
  }

  @BeforeAll
  void openThePage() throws IOException {
    service.publish(PARIS_RESTAURANT, PARIS_WATER, MARSEILLE_RESTAURANT);
    browser = Browser.start(PATIENCE);
    browser.driver().get(server.getURI().resolve("/").toString());
  }

  @AfterAll
  void closeAll() throws IOException {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      streams.close(); // before the broker, so Kafka Streams leaves its group while it can
      service.close();
    }
  }

  @Test
  @Order(1)
  void aBadTokenIsRefusedInFrench() {
    login("pas-un-jeton");
    browser.await("the refusal of a bad token", d -> text(d, "login-error").contains("Jeton refusé"));
    assertTrue(browser.find(By.id("app")).getAttribute("hidden") != null, "the board stays hidden");
  }

  @Test
  @Order(2)
  void theInspectorSeesExactlyTheCasesOfHisDepartment() {
    // The other department's case is in the service (its inspector sees it) before we look.
    await().atMost(PATIENCE).ignoreExceptions().until(() -> http.toBlocking().exchange(
        HttpRequest.GET("/api/cases/" + CaseIds.of(MARSEILLE_RESTAURANT))
            .bearerAuth(service.inspectorToken("13"))).code() == 200);
    login(service.inspectorToken("75"));
    browser.await("the cases of department 75", d -> boardTitles(d).equals(
        Set.of(PARIS_RESTAURANT.getTitle(), PARIS_WATER.getTitle())));
    assertTrue(text(browser.driver(), "scope").contains("75"), text(browser.driver(), "scope"));
    assertTrue(!browser.find(By.tagName("body")).getText().contains(MARSEILLE_RESTAURANT.getTitle()),
        "nothing of department 13 shows");
    browser.await("the live stream", d -> text(d, "live-state-text").equals("connecté"));
    // The service counts the page's subscription, so the next alert is published to a listener.
    await().atMost(PATIENCE).until(() -> liveSubscribers() == 1);
  }

  @Test
  @Order(3)
  void aNewAlertAppearsWithoutReloading() {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    js.executeScript("window.sameDocument = true;"); // a reload would drop it
    service.publish(LATE_PARIS_RESTAURANT);
    browser.await("the live case", d -> boardTitles(d).contains(LATE_PARIS_RESTAURANT.getTitle()));
    assertEquals(Set.of(PARIS_RESTAURANT.getTitle(), PARIS_WATER.getTitle(),
        LATE_PARIS_RESTAURANT.getTitle()), boardTitles(browser.driver()));
    assertEquals(Boolean.TRUE, js.executeScript("return window.sameDocument === true;"));
    browser.await("the announcement", d -> text(d, "announcer").contains(LATE_PARIS_RESTAURANT.getTitle()));
  }

  @Test
  @Order(4)
  void theMapHasOneMarkerPerLocatedCase() {
    browser.await("a marker for each located case", d -> markedCases(d).equals(
        Set.of(CaseIds.of(PARIS_RESTAURANT), CaseIds.of(LATE_PARIS_RESTAURANT))));
    WebElement paris = marker(CaseIds.of(PARIS_RESTAURANT));
    assertTrue(paris.getAttribute("aria-label").startsWith("Chez p1"), paris.getAttribute("aria-label"));
    assertEquals("0", paris.getAttribute("tabindex"), "markers are reachable with Tab");
    paris.sendKeys(Keys.ENTER);
    browser.await("the case chosen on the map", d -> text(d, "case-heading").equals(PARIS_RESTAURANT.getTitle()));
  }

  @Test
  @Order(5)
  void acknowledgingWithTheKeyboardChangesTheStatus() {
    WebDriver driver = browser.driver();
    tabUntil(driver, "the case in the list", "#board button[data-case-id='" + CaseIds.of(PARIS_WATER) + "']");
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    browser.await("the case panel", d -> text(d, "case-heading").equals(PARIS_WATER.getTitle())
        && "Ouvert".equals(text(d, "case-status")));
    tabUntil(driver, "the acknowledge button", "#act-acknowledge");
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    browser.await("the acknowledged status", d -> "Pris en compte".equals(text(d, "case-status")));
    browser.await("the status on the board", d -> d.findElement(By.cssSelector(
        "#board button[data-case-id='" + CaseIds.of(PARIS_WATER) + "']")).getText().contains("Pris en compte"));
    browser.await("the acknowledgement in the history", d -> text(d, "case-history").contains("Réception accusée"));
  }

  @Test
  @Order(6)
  void closingAsFalsePositiveShowsInTheHistory() {
    WebDriver driver = browser.driver();
    driver.findElement(By.cssSelector("#board button[data-case-id='" + CaseIds.of(PARIS_RESTAURANT) + "']")).click();
    browser.await("the case panel", d -> text(d, "case-heading").equals(PARIS_RESTAURANT.getTitle()));
    driver.findElement(By.cssSelector("#act-resolve input[value='false-positive']")).click();
    driver.findElement(By.cssSelector("#act-resolve button[type='submit']")).click();
    // One wait for the whole outcome: a live "case" event may redraw the panel between two reads.
    browser.await("the verdict in the history and the closed status",
        d -> text(d, "case-history").contains("Clôture") && text(d, "case-history").contains("verdict : Faux positif")
            && "Clos".equals(text(d, "case-status")));
  }

  @Test
  @Order(7)
  void loggingOutForgetsTheToken() {
    browser.find(By.id("logout")).click();
    browser.await("the token form", d -> d.findElement(By.id("token")).isDisplayed()
        && text(d, "login-error").equals("Vous êtes déconnecté."));
    assertEquals(null, ((JavascriptExecutor) browser.driver())
        .executeScript("return sessionStorage.getItem('sentinelle.token');"));
    assertTrue(boardTitles(browser.driver()).isEmpty(), "no case stays on the page");
  }

  private int liveSubscribers() {
    String metrics = http.toBlocking().retrieve(HttpRequest.GET("/metrics").bearerAuth(service.operatorToken()));
    Matcher sample = Pattern.compile("(?m)^sentinelle_alert_stream_subscribers (\\S+)$").matcher(metrics);
    return sample.find() ? (int) Double.parseDouble(sample.group(1)) : -1;
  }

  private void login(String token) {
    WebElement field = browser.await("the token form", d -> {
      WebElement element = d.findElement(By.id("token"));
      return element.isDisplayed() ? element : null;
    });
    field.clear();
    field.sendKeys(token);
    browser.find(By.id("login-submit")).click();
  }

  /** Presses Tab (at most 80 times) until the element matching the selector has the focus. */
  private void tabUntil(WebDriver driver, String what, String css) {
    // By selector, not by element: live updates redraw the list (keeping the focus on the same case).
    JavascriptExecutor js = (JavascriptExecutor) driver;
    for (int presses = 0; presses < 80; presses++) {
      if (Boolean.TRUE.equals(js.executeScript("return document.activeElement.matches(arguments[0]);", css))) {
        return;
      }
      new Actions(driver).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("Tab never reached " + what + " (" + css + ")");
  }

  private WebElement marker(String caseId) {
    return browser.find(By.cssSelector("#map .marker[data-case-id='" + caseId + "']"));
  }

  @SuppressWarnings("unchecked")
  private static Set<String> markedCases(WebDriver driver) {
    return Set.copyOf((List<String>) ((JavascriptExecutor) driver).executeScript(
        "return [...document.querySelectorAll('#map .marker')].map(m => m.getAttribute('data-case-id'));"));
  }

  /** The titles on the board, read in one script so a redraw cannot happen halfway. */
  @SuppressWarnings("unchecked")
  private static Set<String> boardTitles(WebDriver driver) {
    return Set.copyOf((List<String>) ((JavascriptExecutor) driver).executeScript(
        "return [...document.querySelectorAll('#board .case-title')].map(e => e.textContent);"));
  }

  private static String text(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private static Alert unlocated(Alert alert) {
    alert.getSubject().setLocation(null);
    return alert;
  }
}
